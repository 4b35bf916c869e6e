package org.carbonmrv.methodology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * A quantification methodology version. A new methodology is a new implementation plus its
 * document; a new version that only fixes other parameters is a new catalogue entry.
 */
public interface Methodology {

    /** The catalogue entry this implementation calculates under. */
    MethodologyVersion catalogueEntry();

    default String id() {
        return catalogueEntry().id();
    }

    default String version() {
        return catalogueEntry().version();
    }

    default String key() {
        return catalogueEntry().key();
    }

    /** The monitoring plan's parameters, for validating and aggregating readings. */
    List<ParameterDefinition> parameters();

    /** Calculates a data set in this methodology's structure (see docs/datasets.md). */
    Calculation calculate(JsonNode dataset);

    /**
     * The data set of another version of this methodology restated under this one: relabelled
     * and with this version's fixed parameters, every monitored value untouched.
     */
    ObjectNode restate(JsonNode dataset);

    /** The monthly tables and charts of this methodology's calculation document. */
    default DocumentLayout documentLayout() {
        return DocumentLayout.NONE;
    }

    /** Builds this methodology's data set from what was monitored in one reporting period. */
    ObjectNode assembleDataset(MonitoredPeriod monitored);

    default Optional<ParameterDefinition> parameter(String id) {
        return parameters().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The ids of the plan's parameters aggregated one way, e.g. the hourly (CEMS) or the sampled ones. */
    default String[] parameterIds(ParameterDefinition.Aggregation aggregation) {
        return parameters().stream()
                .filter(p -> p.aggregation() == aggregation)
                .map(ParameterDefinition::id)
                .toArray(String[]::new);
    }

    /** Whether the data set needs hourly values, not only aggregates (CEMS-based methodologies). */
    default boolean readsHourlyValues() {
        return parameterIds(ParameterDefinition.Aggregation.HOURLY).length > 0;
    }
}
