package org.carbonmrv.calculation.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.calculation.AnswerFindingCommand;
import org.carbonmrv.api.calculation.ApproveReductionReportCommand;
import org.carbonmrv.api.calculation.CloseFindingCommand;
import org.carbonmrv.api.calculation.FindingKind;
import org.carbonmrv.api.calculation.RaiseFindingCommand;
import org.carbonmrv.api.calculation.CalculateReductionsCommand;
import org.carbonmrv.api.calculation.RejectReductionReportCommand;
import org.carbonmrv.api.calculation.SubmitReportForVerificationCommand;
import org.carbonmrv.api.calculation.TraceLine;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.methodology.Calculation;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.Methodology;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.MethodologyVersion;
import org.carbonmrv.methodology.MonitoredPeriod;
import org.carbonmrv.methodology.Requantification;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.security.Role;
import org.carbonmrv.platform.timing.ServerTiming;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

@RestController
@RequestMapping("/api/calculations/reports")
@Tag(name = "reduction reports", description = "calculation versions and their verification")
public class ReductionReportController {

    private final CommandGateway commands;
    private final ProjectDirectory projects;
    private final MonitoredData monitoredData;
    private final ReductionReportProjection reports;
    private final PdfRenderer pdfRenderer;
    private final DatasetStore datasets;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    ReductionReportController(CommandGateway commands, ProjectDirectory projects, MonitoredData monitoredData,
                              ReductionReportProjection reports, PdfRenderer pdfRenderer, DatasetStore datasets,
                              org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.pdfRenderer = pdfRenderer;
        this.datasets = datasets;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.commands = commands;
        this.projects = projects;
        this.monitoredData = monitoredData;
        this.reports = reports;
    }

    record Calculate(@NotBlank String projectId, @NotBlank String reportingPeriodId) {
    }

    record VersionRef(@Min(1) int version) {
    }

    record Rejection(@Min(1) int version, @NotBlank @Size(max = 4000) String reason) {
    }

    record Calculated(String reportId, int version, String datasetDigest, Map<String, String> results) {
    }

    record RaiseFinding(@jakarta.validation.constraints.NotNull FindingKind kind, @NotBlank @Size(max = 300) String subject,
                        @NotBlank @Size(max = 8000) String text) {
    }

    record FindingText(@NotBlank @Size(max = 8000) String text) {
    }

    record FindingRaised(String findingId) {
    }

    @PostMapping("/{reportId}/findings")
    @PreAuthorize("hasRole('" + Role.VERIFIER + "')")
    @Operation(summary = "The assigned verifier raises a finding on the version under verification")
    ResponseEntity<FindingRaised> raiseFinding(@PathVariable String reportId, @Valid @RequestBody RaiseFinding request) {
        var report = existingReport(reportId);
        Actor verifier = Actor.require();
        String findingId = UUID.randomUUID().toString();
        commands.sendAndWait(new RaiseFindingCommand(reportId, findingId, request.kind(), request.subject(), request.text(),
                verifier.organisation(), assignedVerifier(verifier, report)));
        return ResponseEntity.status(201).body(new FindingRaised(findingId));
    }

    @PostMapping("/{reportId}/findings/{findingId}/answer")
    @PreAuthorize("hasRole('" + Role.PROJECT_OWNER + "')")
    @Operation(summary = "The owner answers a finding")
    ResponseEntity<Void> answerFinding(@PathVariable String reportId, @PathVariable String findingId,
                                       @Valid @RequestBody FindingText request) {
        var report = visibleReport(reportId);
        if (!Actor.require().belongsTo(report.ownerOrganisation())) {
            throw DomainException.forbidden("not-project-owner", "only the owner organisation answers findings");
        }
        commands.sendAndWait(new AnswerFindingCommand(reportId, findingId, request.text()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{reportId}/findings/{findingId}/closure")
    @PreAuthorize("hasRole('" + Role.VERIFIER + "')")
    @Operation(summary = "The assigned verifier closes a finding")
    ResponseEntity<Void> closeFinding(@PathVariable String reportId, @PathVariable String findingId,
                                      @Valid @RequestBody FindingText request) {
        var report = existingReport(reportId);
        Actor verifier = Actor.require();
        commands.sendAndWait(new CloseFindingCommand(reportId, findingId, request.text(), verifier.organisation(),
                assignedVerifier(verifier, report)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping
    @PreAuthorize("hasRole('" + Role.PROJECT_OWNER + "')")
    @Operation(summary = "Calculate a reporting period from its monitored data: a new version of its reduction report")
    ResponseEntity<Calculated> calculate(@Valid @RequestBody Calculate request, HttpServletRequest http) {
        Actor owner = Actor.require();
        ServerTiming timing = ServerTiming.since(http);
        // the monitoring-service applies its own access rules to the caller's token: its data is on the way while
        // the project is checked here
        MonitoredData.Requested monitoring = monitoredData.request(owner, request.projectId(), request.reportingPeriodId(), timing);
        ProjectView project = projects.ownedProject(owner, request.projectId(), "calculating reductions", Role.PROJECT_OWNER);
        timing.lap("project");
        ReportingPeriodView period = ProjectDirectory.reportingPeriod(project, request.reportingPeriodId());
        Methodology methodology = MethodologyCatalogue.pinnedBy(project);
        MethodologyVersion pinned = methodology.catalogueEntry();
        if (!pinned.covers(period.start(), period.end())) {
            throw DomainException.unprocessable("methodology-not-valid-for-period",
                    "the project pins " + pinned.key() + ", which applies to reporting periods within " + pinned.validity(),
                    new FieldProblem("reportingPeriodId", "must lie within the validity of " + pinned.key() + " (" + pinned.validity() + ")",
                            period.start() + " .. " + period.end()));
        }
        Calculation calculation;
        CompletableFuture<DatasetStore.Canonical> canonical;
        try {
            MonitoredPeriod monitored = monitoring.period(period, methodology.readsHourlyValues());
            timing.lap("monitoring");
            ObjectNode dataset = methodology.assembleDataset(monitored);
            timing.lap("assemble");
            // the digest's bytes are written on the other core while this one calculates; neither changes the data set
            canonical = CompletableFuture.supplyAsync(() -> DatasetStore.Canonical.of(dataset));
            calculation = methodology.calculate(dataset);
            timing.lap("calculate");
        } catch (DatasetException e) {
            throw DomainException.unprocessable("dataset-incomplete",
                    "the monitored data of the period cannot be calculated: " + e.getMessage(),
                    FieldProblem.of(e.field(), e.rule()));
        }
        String reportId = reportIdOf(project.id(), period.id());
        var trace = calculation.trace().stream()
                .map(s -> new TraceLine(s.symbol(), s.formula(), s.inputs(), s.value(), s.unit(), s.rounding()))
                .toList();
        DatasetStore.Canonical content = canonical.join();
        timing.lap("digest");
        // the data set and the version that names it commit together, or neither does
        String digest = transactions.execute(tx -> {
            String stored = datasets.store(content);
            timing.lap("dataset");
            commands.sendAndWait(new CalculateReductionsCommand(reportId, project.id(), period.id(),
                    project.ownerOrganisation(), period.end().getYear(), methodology.id(), methodology.version(), stored,
                    calculation.results(), trace));
            timing.lap("version");
            return stored;
        });
        timing.lap("commit");
        int version = reports.latestVersion(reportId).orElseThrow();
        timing.lap("answer");
        return ResponseEntity.created(URI.create("/api/calculations/reports/" + reportId + "/versions/" + version))
                .header(ServerTiming.HEADER, timing.header())
                .body(new Calculated(reportId, version, digest, calculation.results()));
    }

    @PostMapping("/{reportId}/submission")
    @PreAuthorize("hasRole('" + Role.PROJECT_OWNER + "')")
    @Operation(summary = "The owner submits one version for verification")
    ResponseEntity<Void> submit(@PathVariable String reportId, @Valid @RequestBody VersionRef request) {
        var report = visibleReport(reportId);
        Actor owner = Actor.require();
        if (!owner.belongsTo(report.ownerOrganisation())) {
            throw DomainException.forbidden("not-project-owner", "only the owner organisation submits its report");
        }
        var checks = monitoredData.checks(owner, report.projectId(), report.reportingPeriodId());
        if (checks.critical() > 0) {
            throw new DomainException("critical-qa-findings", 409, checks.critical()
                    + " critical QA finding(s) are open for this reporting period; resolve them in the monitoring data first",
                    checks.findings().stream().filter(f -> "CRITICAL".equals(f.severity()))
                            .map(f -> new FieldProblem("checks/" + f.id(), f.message(), f.subject())).toList());
        }
        refuseDatasetOfAnotherProject(versionOf(reportId, request.version()));
        commands.sendAndWait(new SubmitReportForVerificationCommand(reportId, request.version()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{reportId}/approval")
    @PreAuthorize("hasRole('" + Role.VERIFIER + "')")
    @Operation(summary = "The assigned verifier approves the submitted version")
    ResponseEntity<Void> approve(@PathVariable String reportId, @Valid @RequestBody VersionRef request) {
        var report = existingReport(reportId);
        Actor verifier = Actor.require();
        String assigned = assignedVerifier(verifier, report);
        refuseDatasetOfAnotherProject(versionOf(reportId, request.version()));
        commands.sendAndWait(new ApproveReductionReportCommand(reportId, request.version(), verifier.organisation(), assigned));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{reportId}/rejection")
    @PreAuthorize("hasRole('" + Role.VERIFIER + "')")
    @Operation(summary = "The assigned verifier rejects the submitted version, with a reason")
    ResponseEntity<Void> reject(@PathVariable String reportId, @Valid @RequestBody Rejection request) {
        var report = existingReport(reportId);
        Actor verifier = Actor.require();
        commands.sendAndWait(new RejectReductionReportCommand(reportId, request.version(), request.reason(),
                verifier.organisation(), assignedVerifier(verifier, report)));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{reportId}")
    @Operation(summary = "A report with its versions and their results")
    ReductionReportProjection.ReportSummary report(@PathVariable String reportId) {
        return visibleReport(reportId);
    }

    @GetMapping("/{reportId}/versions/{version}")
    @Operation(summary = "One version with its complete input data set, digest, results and trace")
    ReductionReportProjection.VersionDetail version(@PathVariable String reportId, @PathVariable int version) {
        visibleReport(reportId);
        return versionOf(reportId, version);
    }

    @GetMapping("/{reportId}/versions/{version}/document")
    @Operation(summary = "A version as a document to read line by line: HTML, or PDF with ?format=pdf (or Accept: application/pdf); "
            + "?lang=zh for Chinese")
    ResponseEntity<byte[]> document(@PathVariable String reportId, @PathVariable int version,
                                    @org.springframework.web.bind.annotation.RequestParam(defaultValue = "en") String lang,
                                    @org.springframework.web.bind.annotation.RequestParam(required = false) String format,
                                    @org.springframework.web.bind.annotation.RequestHeader(value = "Accept", required = false) String accept) {
        if (!lang.equals("en") && !lang.equals("zh")) {
            throw DomainException.badRequest("language-unknown", "documents are written in English or Chinese",
                    new FieldProblem("lang", "must be en or zh", lang));
        }
        boolean pdf = format == null ? accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE) : format.equals("pdf");
        if (format != null && !format.equals("pdf") && !format.equals("html")) {
            throw DomainException.badRequest("format-unknown", "documents are HTML or PDF",
                    new FieldProblem("format", "must be html or pdf", format));
        }
        Actor reader = Actor.require();
        var report = existingReport(reportId);
        ProjectView project = projects.visibleProject(reader, report.projectId()); // the reader may see it, or 404
        var detail = versionOf(reportId, version);
        Methodology methodology = methodologyOf(detail);
        var content = new ReportDocument.Content(project, report, detail, methodology,
                monitoredData.checksIfReadable(reader, report.projectId(), report.reportingPeriodId()));
        String xhtml = ReportDocument.xhtml(content, lang.equals("zh"));
        if (pdf) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", "inline; filename=\"reduction-report-v" + version + "-" + lang + ".pdf\"")
                    .body(pdfRenderer.pdf(xhtml, lang.equals("zh")));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(xhtml.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{reportId}/versions/{version}/requantification")
    @Operation(summary = "The version's data set restated under another version of its methodology, figure by figure (nothing is stored or credited)")
    Requantification requantification(@PathVariable String reportId, @PathVariable int version,
                                      @org.springframework.web.bind.annotation.RequestParam String under) {
        visibleReport(reportId);
        var detail = versionOf(reportId, version);
        Methodology pinned = methodologyOf(detail);
        Methodology other = MethodologyCatalogue.find(pinned.id(), under)
                .orElseThrow(() -> DomainException.unprocessable("methodology-unknown", "no version " + under + " of " + pinned.id(),
                        new FieldProblem("under", "must name a version of " + pinned.id() + " in the catalogue "
                                + "(/api/calculations/public/methodologies)", under)));
        try {
            return Requantification.of(detail.dataset(), pinned, other);
        } catch (DatasetException e) {
            throw DomainException.unprocessable("dataset-not-restatable", "the data set cannot be calculated under "
                    + other.key() + ": " + e.getMessage(), FieldProblem.of(e.field(), e.rule()));
        }
    }

    /** A verifier who may not see the project (not assigned) is refused, never told more. */
    private String assignedVerifier(Actor verifier, ReductionReportProjection.ReportSummary report) {
        try {
            return projects.visibleProject(verifier, report.projectId()).reportingPeriod(report.reportingPeriodId())
                    .map(ReportingPeriodView::verifierOrganisation).orElse(null);
        } catch (DomainException notVisible) {
            if (notVisible.status() >= 500) {
                throw notVisible; // the project-service is unreachable: that is not a refusal
            }
            throw DomainException.forbidden("not-assigned-verifier",
                    "only the verifier organisation assigned to this reporting period may decide on its report");
        }
    }

    private ReductionReportProjection.ReportSummary visibleReport(String reportId) {
        var report = existingReport(reportId);
        projects.visibleProject(Actor.require(), report.projectId());
        return report;
    }

    /** A data set that another project's report was calculated from is a critical finding: it cannot be submitted or approved. */
    private static void refuseDatasetOfAnotherProject(ReductionReportProjection.VersionDetail version) {
        if (version.otherProjectsWithDataset() > 0) {
            throw new DomainException("dataset-of-another-project", 409, "version " + version.version() + " was calculated from "
                    + "data set " + version.datasetDigest() + ", from which " + version.otherProjectsWithDataset()
                    + " other project(s) were calculated too: the same monitoring data cannot be credited twice",
                    List.of(new FieldProblem("version", "critical: its data set is another project's", String.valueOf(version.version()))));
        }
    }

    private ReductionReportProjection.VersionDetail versionOf(String reportId, int version) {
        return reports.version(reportId, version)
                .orElseThrow(() -> DomainException.notFound("version-not-found", "report " + reportId + " has no version " + version));
    }

    private static Methodology methodologyOf(ReductionReportProjection.VersionDetail version) {
        return MethodologyCatalogue.byKey(version.methodology())
                .orElseThrow(() -> new IllegalStateException("a stored version under an unknown methodology " + version.methodology()));
    }

    /** For a verifier's decision: a verifier who is not assigned gets 403 from assignedVerifier. */
    private ReductionReportProjection.ReportSummary existingReport(String reportId) {
        return reports.find(reportId)
                .orElseThrow(() -> DomainException.notFound("report-not-found", "no report " + reportId));
    }

    /** One report per project and reporting period, whoever asks first. */
    static String reportIdOf(String projectId, String periodId) {
        return UUID.nameUUIDFromBytes(("reduction-report:" + projectId + ":" + periodId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
