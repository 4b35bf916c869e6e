package org.carbonmrv.audit.recompute;

/** One checked link of a chain of evidence: what was checked, whether it held, and what was found. */
public record Link(String what, boolean holds, String detail) {}
