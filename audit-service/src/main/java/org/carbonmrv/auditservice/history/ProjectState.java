package org.carbonmrv.auditservice.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A project as it stood at one moment, folded from its sealed events up to then: never read from
 * today's tables. Credits are this project's serials only, even where a movement carried others'.
 */
record ProjectState(
        String projectId,
        AsOf asOf,
        String name,
        String status,
        String ownerOrganisation,
        String methodology,
        Map<String, String> verifierOfPeriod,
        List<Report> reports,
        Credits credits) {

    /** The last event folded in: the state is the history up to and including it. */
    record AsOf(Long globalIndex, Long position, Instant occurredAt, int events) {}

    record Report(
            String reportId,
            String reportingPeriodId,
            String status,
            boolean stale,
            int openFindings,
            List<Version> versions) {}

    record Version(int version, String status, String datasetDigest, Map<String, String> results) {}

    record Credits(long issued, long retired, long cancelled, long reversed, Map<String, Long> liveByAccount) {}
}
