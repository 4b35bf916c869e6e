package org.carbonmrv.api.monitoring;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;

/**
 * A batch of readings was accepted whole. The rows themselves live append-only in the
 * monitoring-service's schema under this batch id; the event carries the content digest so that
 * anyone holding the uploaded file can prove it is the one recorded, and the digest of the rows as
 * stored ({@code rowsDigest}, absent from batches recorded before it existed) so that a row changed
 * in the table afterwards shows.
 */
@Revision("1")
public record ReadingBatchRecordedEvent(
        String batchId,
        String projectId,
        String reportingPeriodId,
        String sha256,
        UploadFormat format,
        int rowCount,
        List<String> parameters,
        String rowsDigest)
        implements ProjectScoped {}
