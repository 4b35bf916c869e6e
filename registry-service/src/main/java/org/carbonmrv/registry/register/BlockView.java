package org.carbonmrv.registry.register;

import java.time.Instant;

/** A block of consecutive serials as the register shows it, with the programme's serial text. */
public record BlockView(
        String serials,
        long serialStart,
        long serialEnd,
        long quantity,
        String state,
        int vintage,
        String projectId,
        String reportId,
        int reportVersion,
        String methodology,
        String datasetDigest,
        Instant issuedAt) {}
