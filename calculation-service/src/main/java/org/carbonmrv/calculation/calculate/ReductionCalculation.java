package org.carbonmrv.calculation.calculate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.calculation.CalculateReductionsCommand;
import org.carbonmrv.api.calculation.TraceLine;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.calculation.monitoring.MonitoredData;
import org.carbonmrv.calculation.report.Reports;
import org.carbonmrv.methodology.Calculation;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.Methodology;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.MethodologyVersion;
import org.carbonmrv.methodology.MonitoredPeriod;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Calculating a reporting period: its monitored data read from the monitoring-service, checked
 * against the pinned methodology's validity, calculated, and stored as the report's next version
 * together with the content-addressed data set it was calculated from.
 */
@Service
class ReductionCalculation {

    /** The stored version: its number, the digest of its data set and its results. */
    record Calculated(String reportId, int version, String datasetDigest, Map<String, String> results) {}

    private final CommandGateway commands;
    private final ProjectDirectory projects;
    private final MonitoredData monitoredData;
    private final Reports reports;
    private final DatasetStore datasets;
    private final TransactionTemplate transactions;

    ReductionCalculation(
            CommandGateway commands,
            ProjectDirectory projects,
            MonitoredData monitoredData,
            Reports reports,
            DatasetStore datasets,
            PlatformTransactionManager transactionManager) {
        this.commands = commands;
        this.projects = projects;
        this.monitoredData = monitoredData;
        this.reports = reports;
        this.datasets = datasets;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    Calculated calculate(Actor owner, String projectId, String periodId) {
        // the monitoring-service applies its own access rules to the caller's token: its data is on the way while
        // the project is checked here
        MonitoredData.Requested monitoring = monitoredData.request(owner, projectId, periodId);
        ProjectView project = projects.ownedProject(owner, projectId, "calculating reductions", Role.PROJECT_OWNER);
        ReportingPeriodView period = ProjectDirectory.reportingPeriod(project, periodId);
        Methodology methodology = MethodologyCatalogue.pinnedBy(project);
        refuseOutsideValidity(methodology.catalogueEntry(), period);
        Calculation calculation;
        CompletableFuture<DatasetStore.Canonical> canonical;
        try {
            MonitoredPeriod monitored = monitoring.period(period, methodology.readsHourlyValues());
            ObjectNode dataset = methodology.assembleDataset(monitored);
            // the digest's bytes are written on the other core while this one calculates; neither changes the data set
            canonical = CompletableFuture.supplyAsync(() -> DatasetStore.Canonical.of(dataset));
            calculation = methodology.calculate(dataset);
        } catch (DatasetException e) {
            throw DomainException.unprocessable(
                    "dataset-incomplete",
                    "the monitored data of the period cannot be calculated: " + e.getMessage(),
                    FieldProblem.of(e.field(), e.rule()));
        }
        String reportId = Reports.reportIdOf(project.id(), period.id());
        List<TraceLine> trace = calculation.trace().stream()
                .map(s -> new TraceLine(s.symbol(), s.formula(), s.inputs(), s.value(), s.unit(), s.rounding()))
                .toList();
        DatasetStore.Canonical content = canonical.join();
        // the data set and the version that names it commit together, or neither does
        String digest = transactions.execute(tx -> {
            String stored = datasets.store(content);
            commands.sendAndWait(new CalculateReductionsCommand(
                    reportId,
                    project.id(),
                    period.id(),
                    project.ownerOrganisation(),
                    period.end().getYear(),
                    methodology.id(),
                    methodology.version(),
                    stored,
                    calculation.results(),
                    trace));
            return stored;
        });
        int version = reports.latestVersion(reportId);
        return new Calculated(reportId, version, digest, calculation.results());
    }

    private static void refuseOutsideValidity(MethodologyVersion pinned, ReportingPeriodView period) {
        if (!pinned.covers(period.start(), period.end())) {
            throw DomainException.unprocessable(
                    "methodology-not-valid-for-period",
                    "the project pins " + pinned.key() + ", which applies to reporting periods within "
                            + pinned.validity(),
                    new FieldProblem(
                            "reportingPeriodId",
                            "must lie within the validity of " + pinned.key() + " (" + pinned.validity() + ")",
                            period.start() + " .. " + period.end()));
        }
    }
}
