package org.carbonmrv.api.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;

public record RecordReadingBatchCommand(
        @TargetAggregateIdentifier String batchId,
        String projectId,
        String reportingPeriodId,
        String sha256,
        UploadFormat format,
        int rowCount,
        List<String> parameters,
        String rowsDigest)
        implements ProjectScoped {}
