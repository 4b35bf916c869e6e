package org.carbonmrv.auditservice.notifications;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** Work waiting for the caller: of one kind, on one project, period and report, since when, how many pieces. */
@Schema(description = "A piece of work waiting for the caller's role in the caller's organisation")
public record PendingItem(
        @Schema(example = "TO_REVIEW") WorkKind kind,
        @Schema(example = "cn-hfc23-linhai") String projectId,

        @Schema(example = "Zhejiang Linhai HFC-23 decomposition")
        String projectName,

        @Schema(example = "2019", nullable = true) String reportingPeriodId,
        @Schema(example = "2019-01-01", nullable = true) LocalDate periodStart,
        @Schema(example = "2019-12-31", nullable = true) LocalDate periodEnd,
        @Schema(example = "report-2019", nullable = true) String reportId,
        @Schema(example = "2", nullable = true) Integer reportVersion,

        @Schema(description = "the pieces of work of this kind on it (the findings of a report)", example = "1")
        int count,

        @Schema(description = "when the oldest of them opened")
        Instant since) {}
