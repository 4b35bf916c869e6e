package org.carbonmrv.audit.recompute;

/** One headline figure: as the version recorded it, as recomputed today, and whether they are the same number. */
public record Figure(String name, String recorded, String recomputed, boolean equal) {}
