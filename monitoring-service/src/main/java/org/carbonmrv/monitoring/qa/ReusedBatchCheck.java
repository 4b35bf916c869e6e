package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.view.QaSeverity;

import java.util.List;
import java.util.Map;

/**
 * A batch of readings that is byte for byte a batch of another project: one plant's measurements
 * cannot support two projects' reductions, so the period cannot go to verification with it.
 */
final class ReusedBatchCheck implements QaCheck {

    static final String ID = "reading-batch-of-another-project";

    @Override
    public List<Finding> run(QaInput input) {
        return input.reusedBatches().stream()
                .map(b -> Finding.open(
                        ID,
                        QaSeverity.CRITICAL,
                        "batch " + b.batchId(),
                        "reading batch " + b.batchId() + " (recorded " + b.recordedAt() + ", SHA-256 " + b.sha256()
                                + ") has exactly "
                                + "the content of a batch of " + b.otherProjects()
                                + " other project(s): the same monitoring data "
                                + "cannot be credited twice",
                        Map.of(
                                "batchId",
                                b.batchId(),
                                "sha256",
                                b.sha256(),
                                "otherProjects",
                                String.valueOf(b.otherProjects()))))
                .toList();
    }
}
