package org.carbonmrv.api.calculation;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;
import java.util.Map;

/**
 * A new calculation version of a reduction report: the SHA-256 of its input data set (stored once,
 * content-addressed, in the structure `mrv calculate` reads; docs/decisions/0007), the methodology
 * version, the results and the trace. The digest pins the exact data set, so the figures can be
 * recomputed and checked years later. From the second version on, {@code changes} lists every
 * headline figure that moved, with its old and new value. Revision 1 carried the data set inline.
 */
@Revision("2")
public record ReductionsCalculatedEvent(
        String reportId,
        String projectId,
        String reportingPeriodId,
        String ownerOrganisation,
        int vintage,
        int version,
        String methodologyId,
        String methodologyVersion,
        String datasetDigest,
        Map<String, String> results,
        List<TraceLine> trace,
        Map<String, FigureChange> changes)
        implements ProjectScoped {

    /** A headline figure that differs from the previous version. */
    public record FigureChange(String previous, String current) {}

    public ReductionsCalculatedEvent {
        changes = changes == null ? Map.of() : changes;
    }
}
