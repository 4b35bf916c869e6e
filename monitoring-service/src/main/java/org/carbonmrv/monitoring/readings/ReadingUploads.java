package org.carbonmrv.monitoring.readings;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.monitoring.RecordReadingBatchCommand;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.methodology.CanonicalJson;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Accepts an upload whole or not at all: rows and the batch event are written in one
 * transaction, so a failure leaves nothing behind.
 */
@Service
class ReadingUploads {

    record Outcome(String batchId, boolean alreadyRecorded, int rowCount, String sha256) {
    }

    private final ReadingStore store;
    private final CommandGateway commands;
    private final ObjectMapper json;
    private final Clock clock;

    ReadingUploads(ReadingStore store, CommandGateway commands, ObjectMapper json) {
        this.store = store;
        this.commands = commands;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    Outcome upload(Actor actor, ProjectView project, ReportingPeriodView period, byte[] content, String format, boolean dryRun) {
        String sha256 = CanonicalJson.sha256(content);
        var existing = store.batchWithDigest(project.id(), sha256);
        if (existing.isPresent()) {
            return new Outcome(existing.get(), true, 0, sha256);
        }
        var methodology = MethodologyCatalogue.find(project.methodologyId(), project.methodologyVersion())
                .orElseThrow(() -> new IllegalStateException("project on an unknown methodology"));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(project.timeZone())));
        ReadingRules.Outcome checked = new ReadingRules(project, period, methodology.parameters(), today)
                .check(ReadingParser.parse(content, format, json));
        if (!checked.problems().isEmpty()) {
            throw new DomainException("readings-invalid", 422,
                    checked.problems().size() + " problem(s) in the upload; nothing was stored", checked.problems());
        }
        List<Integer> clashes = store.alreadyRecorded(project.id(), checked.readings());
        if (!clashes.isEmpty()) {
            throw new DomainException("readings-already-recorded", 409,
                    "some rows repeat readings already recorded with other content; correct a recorded value through "
                            + "its correction endpoint instead of uploading it again",
                    clashes.stream().map(row -> FieldProblem.of("rows[" + row + "]", "already recorded")).toList());
        }
        if (dryRun) {
            return new Outcome(null, false, checked.readings().size(), sha256);
        }
        String batchId = UUID.randomUUID().toString();
        store.append(batchId, project.id(), period.id(), sha256, format, actor.userId(), checked.readings());
        List<String> parameters = checked.readings().stream().map(Reading::parameter).distinct().sorted().toList();
        commands.sendAndWait(new RecordReadingBatchCommand(batchId, project.id(), period.id(), sha256, format,
                checked.readings().size(), parameters));
        return new Outcome(batchId, false, checked.readings().size(), sha256);
    }
}
