package org.carbonmrv.api.monitoring;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;

/**
 * A batch of readings was accepted whole. The rows themselves live append-only in the
 * monitoring-service's schema under this batch id; the event carries the content digest so that
 * anyone holding the uploaded file can prove it is the one recorded.
 */
@Revision("1")
public record ReadingBatchRecordedEvent(
        String batchId,
        String projectId,
        String reportingPeriodId,
        String sha256,
        UploadFormat format,
        int rowCount,
        List<String> parameters)
        implements ProjectScoped {}
