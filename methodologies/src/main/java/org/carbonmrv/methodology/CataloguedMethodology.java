package org.carbonmrv.methodology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An implementation of a methodology's equations under one catalogue entry: the entry names the
 * version and fixes its parameters; the implementation says where its data set structure names
 * the version.
 */
public abstract class CataloguedMethodology implements Methodology {

    private final MethodologyVersion entry;

    protected CataloguedMethodology(MethodologyVersion entry) {
        this.entry = entry;
    }

    @Override
    public final MethodologyVersion catalogueEntry() {
        return entry;
    }

    @Override
    public final ObjectNode restate(JsonNode dataset) {
        ObjectNode restated = entry.withFixedParameters(dataset);
        label(restated);
        return restated;
    }

    /** Writes this version's name where the data set structure keeps it. */
    protected abstract void label(ObjectNode dataset);
}
