package org.carbonmrv.api.calculation;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;
import java.util.Map;

/**
 * A new calculation version of a reduction report. It holds the complete input data set (in the
 * structure `mrv calculate` reads), its SHA-256, the methodology version, the results and the
 * trace: the event alone is enough to recompute and check the figures years later. From the second
 * version on, {@code changes} lists every headline figure that moved, with its old and new value.
 */
@Revision("1")
public record ReductionsCalculatedEvent(String reportId,
                                        String projectId,
                                        String reportingPeriodId,
                                        String ownerOrganisation,
                                        int vintage,
                                        int version,
                                        String methodologyId,
                                        String methodologyVersion,
                                        JsonNode dataset,
                                        String datasetDigest,
                                        Map<String, String> results,
                                        List<TraceLine> trace,
                                        Map<String, FigureChange> changes) implements ProjectScoped {

    /** A headline figure that differs from the previous version. */
    public record FigureChange(String previous, String current) {
    }

    public ReductionsCalculatedEvent {
        changes = changes == null ? Map.of() : changes;
    }
}
