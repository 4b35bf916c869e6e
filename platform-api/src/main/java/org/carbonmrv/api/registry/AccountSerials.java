package org.carbonmrv.api.registry;

import java.util.List;

/** Serials of one account, as a reversal takes them from several of an owner's accounts. */
public record AccountSerials(String account, List<SerialRange> serials) {}
