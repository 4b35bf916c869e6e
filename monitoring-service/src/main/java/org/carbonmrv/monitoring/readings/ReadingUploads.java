package org.carbonmrv.monitoring.readings;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.Sha256;
import org.carbonmrv.api.monitoring.RecordReadingBatchCommand;
import org.carbonmrv.api.monitoring.UploadFormat;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.monitoring.plan.MonitoringPlanProjection;
import org.carbonmrv.monitoring.rollup.HourlySeries;
import org.carbonmrv.monitoring.rollup.MonthlyRollup;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.security.Actor;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import javax.sql.DataSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Accepts an upload whole or not at all. Rows are checked one by one as they stream in and go
 * straight to PostgreSQL with COPY, in one transaction with the batch event; the SHA-256 of the
 * content is computed on the way. Any bad row, a row already recorded, or a row repeated in the
 * upload rolls everything back, and the answer lists the rows and the rules they break.
 */
@Service
public class ReadingUploads {

    public record Outcome(String batchId, boolean alreadyRecorded, long rowCount, String sha256) {}

    static final int MAX_REPORTED_PROBLEMS = 1000;

    private final ReadingStore store;
    private final StoredOverlaps storedOverlaps;
    private final MonthlyRollup rollup;
    private final HourlySeries hourlySeries;
    private final MonitoringPlanProjection plans;
    private final CommandGateway commands;
    private final ObjectMapper json;
    private final DataSource dataSource;
    private final long maxUploadBytes;
    private final Clock clock = Clock.systemUTC();

    ReadingUploads(
            ReadingStore store,
            StoredOverlaps storedOverlaps,
            MonthlyRollup rollup,
            HourlySeries hourlySeries,
            MonitoringPlanProjection plans,
            CommandGateway commands,
            ObjectMapper json,
            DataSource dataSource,
            @Value("${mrv.readings.max-upload-bytes}") long maxUploadBytes) {
        this.store = store;
        this.storedOverlaps = storedOverlaps;
        this.rollup = rollup;
        this.hourlySeries = hourlySeries;
        this.plans = plans;
        this.commands = commands;
        this.json = json;
        this.dataSource = dataSource;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Transactional(rollbackFor = Exception.class)
    public Outcome upload(
            Actor actor,
            ProjectView project,
            ReportingPeriodView period,
            InputStream body,
            UploadFormat format,
            boolean dryRun)
            throws IOException {
        try {
            return record(actor, project, period, body, format, dryRun);
        } catch (SQLException e) {
            // as any other data access failure: the problem-details advice reads its SQL state through the cause
            throw new UncategorizedSQLException("recording readings", null, e);
        }
    }

    private Outcome record(
            Actor actor,
            ProjectView project,
            ReportingPeriodView period,
            InputStream body,
            UploadFormat format,
            boolean dryRun)
            throws IOException, SQLException {
        MessageDigest sha256 = Sha256.digest();
        InputStream content = new DigestInputStream(new LimitedInputStream(body, maxUploadBytes), sha256);
        var methodology = MethodologyCatalogue.pinnedBy(project);
        ReadingRules rules = new ReadingRules(
                project,
                period,
                methodology.parameters(),
                LocalDate.now(clock.withZone(ZoneId.of(project.timeZone()))),
                plans.latest(project.id())
                        .map(MonitoringPlanProjection.PlanView::meters)
                        .orElse(List.of()));
        String batchId = UUID.randomUUID().toString();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint beforeCopy = connection.setSavepoint();
        ReadingCopyWriter writer = new ReadingCopyWriter(connection, batchId, project.id(), period.id());
        List<FieldProblem> problems = new ArrayList<>();
        long problemCount = 0;
        long overlapCount = 0;
        Set<String> hourlyParameters = Set.of(methodology.parameterIds(ParameterDefinition.Aggregation.HOURLY));
        // samples (a laboratory's GC analyses) are averaged and may overlap; summed quantities and hourly values may
        // not
        Set<String> additive = new HashSet<>(List.of(methodology.parameterIds(ParameterDefinition.Aggregation.SUM)));
        additive.addAll(hourlyParameters);
        UploadOverlaps overlaps = new UploadOverlaps();
        TreeSet<String> parameters = new TreeSet<>();
        MonthlyRollup.Accumulator monthly = new MonthlyRollup.Accumulator();
        HourlySeries.Accumulator hourly = new HourlySeries.Accumulator();
        try (ReadingParser parser = ReadingParser.open(content, format, json)) {
            List<FieldProblem> rowProblems = new ArrayList<>();
            for (RawReading raw; (raw = parser.next()) != null; ) {
                rowProblems.clear();
                var reading = rules.checkRow(raw, rowProblems);
                if (reading.isPresent() && additive.contains(reading.get().parameter())) {
                    var overlap = overlaps.check(reading.get());
                    if (overlap.isPresent()) {
                        rowProblems.add(overlap.get());
                        overlapCount++;
                    }
                }
                if (reading.isPresent() && problemCount == 0 && rowProblems.isEmpty()) {
                    Reading r = reading.get();
                    writer.write(r);
                    parameters.add(r.parameter());
                    monthly.add(r.parameter(), r.source(), r.month(), r.unit(), r.value());
                    if (hourlyParameters.contains(r.parameter())) {
                        hourly.add(
                                r.parameter(),
                                r.source(),
                                r.unit(),
                                r.startsAt().getEpochSecond(),
                                r.value(),
                                r.quality());
                    }
                }
                problemCount += rowProblems.size();
                for (FieldProblem p : rowProblems) {
                    if (problems.size() < MAX_REPORTED_PROBLEMS) {
                        problems.add(p);
                    }
                }
            }
            content.transferTo(OutputStreamSink.INSTANCE);
        } catch (IOException | RuntimeException e) {
            writer.cancel();
            throw e instanceof IOException io ? ReadingParser.unreadable(io) : (RuntimeException) e;
        }
        String digest = Sha256.hex(sha256);
        if (problemCount > 0 && problemCount == overlapCount) {
            writer.cancel();
            throw overlapsInUpload(problems);
        }
        if (problemCount > 0) {
            writer.cancel();
            throw new DomainException(
                    "readings-invalid",
                    422,
                    problemCount + " problem(s) in the upload"
                            + (problemCount > problems.size() ? " (the first " + problems.size() + " listed)" : "")
                            + "; nothing was stored",
                    problems);
        }
        if (writer.rows() == 0) {
            writer.cancel();
            throw ReadingParser.empty();
        }
        try {
            writer.finish();
        } catch (PSQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(beforeCopy);
            var existing = store.batchWithDigest(project.id(), digest);
            if (existing.isPresent()) {
                return new Outcome(existing.get(), true, 0, digest);
            }
            String key = e.getServerErrorMessage() == null
                    ? ""
                    : e.getServerErrorMessage().getDetail();
            throw new DomainException(
                    "readings-already-recorded",
                    409,
                    "a row repeats a reading already recorded, or an earlier row of this upload (same parameter, "
                            + "source and interval); correct a recorded value through its correction endpoint "
                            + "instead of uploading it again",
                    List.of(new FieldProblem("readings", "already recorded or repeated", key)));
        }
        var existing = store.batchWithDigest(project.id(), digest);
        if (existing.isPresent()) {
            connection.rollback(beforeCopy);
            return new Outcome(existing.get(), true, 0, digest);
        }
        List<FieldProblem> unorderedOverlaps =
                storedOverlaps.withinUpload(project.id(), batchId, overlaps.unorderedSeries());
        if (!unorderedOverlaps.isEmpty()) {
            connection.rollback(beforeCopy);
            throw overlapsInUpload(unorderedOverlaps);
        }
        List<FieldProblem> overlapsStored = storedOverlaps.againstStored(
                project.id(),
                batchId,
                rollup.alreadyHeld(project.id(), monthly).stream()
                        .filter(k -> additive.contains(k.parameter()))
                        .toList());
        if (!overlapsStored.isEmpty()) {
            connection.rollback(beforeCopy);
            throw new DomainException(
                    "readings-overlap-stored",
                    409,
                    overlapsStored.size()
                            + (overlapsStored.size() >= StoredOverlaps.MAX_REPORTED ? " or more" : "")
                            + " row(s) overlap readings already recorded for the same parameter and source, which would count "
                            + "those hours twice; nothing was stored. Correct a recorded value through its correction endpoint",
                    overlapsStored);
        }
        if (dryRun) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Outcome(null, false, writer.rows(), digest);
        }
        store.recordBatch(batchId, project.id(), period.id(), digest, format.stored(), actor.userId(), writer.rows());
        rollup.add(project.id(), period.id(), monthly);
        hourlySeries.add(project.id(), period.id(), hourly);
        commands.sendAndWait(new RecordReadingBatchCommand(
                batchId,
                project.id(),
                period.id(),
                digest,
                format,
                Math.toIntExact(writer.rows()),
                List.copyOf(parameters),
                writer.rowsDigest()));
        return new Outcome(batchId, false, writer.rows(), digest);
    }

    private static DomainException overlapsInUpload(List<FieldProblem> problems) {
        return DomainException.badRequest(
                "readings-overlap",
                problems.size() + " row(s) of the upload overlap another row of "
                        + "the same parameter and source, which would count those hours twice; nothing was stored",
                problems.toArray(FieldProblem[]::new));
    }

    /** Refuses an upload as soon as it passes the configured size. */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            count += n;
            if (count > limit) {
                throw new DomainException(
                        "upload-too-large",
                        413,
                        "the upload exceeds " + limit + " bytes",
                        List.of(FieldProblem.of("body", "at most " + limit + " bytes")));
            }
        }
    }

    /** Drains what follows the last row, so the digest covers the whole content. */
    private static final class OutputStreamSink extends OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
            // discarded
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // discarded
        }
    }
}
