package org.carbonmrv.methodology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;

/**
 * A quantification methodology. A new methodology is a new implementation plus its document;
 * nothing else in the platform changes.
 */
public interface Methodology {

    String id();

    String version();

    default String key() {
        return id() + "-" + version();
    }

    /** The monitoring plan's parameters, for validating and aggregating readings. */
    List<ParameterDefinition> parameters();

    /** Calculates a data set in this methodology's structure (see docs/datasets.md). */
    Calculation calculate(JsonNode dataset);

    /** Builds this methodology's data set from monitored aggregates of one reporting period. */
    ObjectNode assembleDataset(LocalDate periodStart, LocalDate periodEnd, List<MonitoredSeries> series);
}
