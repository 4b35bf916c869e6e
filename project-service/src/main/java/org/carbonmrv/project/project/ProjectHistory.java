package org.carbonmrv.project.project;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.carbonmrv.api.project.ProjectAmendedEvent;
import org.carbonmrv.api.project.ProjectCompletedEvent;
import org.carbonmrv.api.project.ProjectHistoryEntry;
import org.carbonmrv.api.project.ProjectListedEvent;
import org.carbonmrv.api.project.ProjectRegisteredEvent;
import org.carbonmrv.api.project.ProjectRejectedEvent;
import org.carbonmrv.api.project.ProjectSubmittedEvent;
import org.carbonmrv.api.project.ProjectTerminatedEvent;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodOpenedEvent;
import org.carbonmrv.api.project.VerifierAssignedEvent;
import org.carbonmrv.platform.audit.AuditMetadata;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's history read from its own event stream, through the upcasters like every reader of
 * the store: nothing here is a copy that could drift from what happened. A reader who sees only
 * some reporting periods (a verifier) sees only their events.
 */
@Component
class ProjectHistory {

    private final EventStore events;

    ProjectHistory(EventStore events) {
        this.events = events;
    }

    List<ProjectHistoryEntry> of(ProjectView asSeen) {
        return events.readEvents(asSeen.id())
                .asStream()
                .filter(event -> concernsVisiblePeriod(event.getPayload(), asSeen))
                .map(ProjectHistory::entry)
                .toList();
    }

    private static boolean concernsVisiblePeriod(Object payload, ProjectView asSeen) {
        Optional<String> period = Optional.empty();
        if (payload instanceof ReportingPeriodOpenedEvent e) {
            period = Optional.of(e.reportingPeriodId());
        } else if (payload instanceof VerifierAssignedEvent e) {
            period = Optional.of(e.reportingPeriodId());
        }
        return period.map(id -> asSeen.reportingPeriod(id).isPresent()).orElse(true);
    }

    private static ProjectHistoryEntry entry(DomainEventMessage<?> event) {
        var metadata = event.getMetaData();
        return new ProjectHistoryEntry(
                event.getSequenceNumber(),
                event.getTimestamp(),
                event.getPayloadType().getSimpleName().replaceFirst("Event$", ""),
                summary(event.getPayload()),
                details(event.getPayload()),
                (String) metadata.get(AuditMetadata.ACTOR),
                (String) metadata.get(AuditMetadata.ORGANISATION),
                metadata.get(AuditMetadata.ROLES) instanceof Collection<?> roles
                        ? roles.stream().map(String::valueOf).toList()
                        : List.of(),
                (String) metadata.get(AuditMetadata.CLIENT_ID));
    }

    /** The particulars the summary names, by name; what the portal words in the reader's language. */
    static Map<String, String> details(Object payload) {
        if (payload instanceof ProjectSubmittedEvent e) {
            return particulars(
                    "name", e.name(),
                    "methodology", e.methodologyId() + " " + e.methodologyVersion(),
                    "creditingPeriodStart", e.creditingPeriodStart(),
                    "creditingPeriodEnd", e.creditingPeriodEnd());
        } else if (payload instanceof ProjectRejectedEvent e) {
            return particulars("reason", e.reason());
        } else if (payload instanceof ReportingPeriodOpenedEvent e) {
            return particulars(
                    "reportingPeriodId", e.reportingPeriodId(),
                    "start", e.start(),
                    "end", e.end());
        } else if (payload instanceof VerifierAssignedEvent e) {
            return particulars(
                    "verifierOrganisation", e.verifierOrganisation(), "reportingPeriodId", e.reportingPeriodId());
        } else if (payload instanceof ProjectRegisteredEvent e) {
            return particulars("reportId", e.reportId(), "reportVersion", e.reportVersion());
        } else if (payload instanceof ProjectAmendedEvent e) {
            return particulars("version", e.version(), "name", e.name(), "reason", e.reason());
        } else if (payload instanceof ProjectCompletedEvent e) {
            return particulars(
                    "reportingPeriodId", e.reportingPeriodId(),
                    "creditingPeriodEnd", e.creditingPeriodEnd());
        } else if (payload instanceof ProjectTerminatedEvent e) {
            return particulars("reason", e.reason());
        }
        return Map.of();
    }

    /** Name, value, name, value ...; a value that is absent is left out. */
    private static Map<String, String> particulars(Object... namesAndValues) {
        Map<String, String> particulars = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                particulars.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
            }
        }
        return particulars;
    }

    static String summary(Object payload) {
        if (payload instanceof ProjectSubmittedEvent e) {
            return "submitted \"" + e.name() + "\" under " + e.methodologyId() + " " + e.methodologyVersion()
                    + ", crediting period " + e.creditingPeriodStart() + " to " + e.creditingPeriodEnd();
        } else if (payload instanceof ProjectListedEvent) {
            return "listed by the registry";
        } else if (payload instanceof ProjectRejectedEvent e) {
            return "rejected by the registry: " + e.reason();
        } else if (payload instanceof ReportingPeriodOpenedEvent e) {
            return "reporting period " + e.reportingPeriodId() + " opened, " + e.start() + " to " + e.end();
        } else if (payload instanceof VerifierAssignedEvent e) {
            return e.verifierOrganisation() + " assigned to verify reporting period " + e.reportingPeriodId();
        } else if (payload instanceof ProjectRegisteredEvent e) {
            return "registered: its first report, " + e.reportId() + " version " + e.reportVersion() + ", was approved";
        } else if (payload instanceof ProjectAmendedEvent e) {
            return "amended to version " + e.version() + " (\"" + e.name() + "\"): " + e.reason();
        } else if (payload instanceof ProjectCompletedEvent e) {
            return "completed: the report of reporting period " + e.reportingPeriodId()
                    + ", which ends the crediting period on " + e.creditingPeriodEnd() + ", was approved";
        } else if (payload instanceof ProjectTerminatedEvent e) {
            return "terminated by the registry: " + e.reason();
        }
        return payload.getClass().getSimpleName();
    }
}
