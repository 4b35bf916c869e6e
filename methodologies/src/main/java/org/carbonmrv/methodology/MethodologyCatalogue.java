package org.carbonmrv.methodology;

import org.carbonmrv.methodology.caraapp.CarCnAapp;
import org.carbonmrv.methodology.cm010.Cm010V01;

import java.util.List;
import java.util.Optional;

/** The methodology versions this engine knows. */
public final class MethodologyCatalogue {

    private static final List<Methodology> METHODOLOGIES = List.of(new Cm010V01(), new CarCnAapp());

    private MethodologyCatalogue() {
    }

    public static Optional<Methodology> find(String id, String version) {
        return METHODOLOGIES.stream().filter(m -> m.id().equals(id) && m.version().equals(version)).findFirst();
    }

    /** By the combined key a data set names, e.g. {@code CM-010-V01}. */
    public static Optional<Methodology> byKey(String key) {
        return METHODOLOGIES.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public static List<Methodology> all() {
        return METHODOLOGIES;
    }
}
