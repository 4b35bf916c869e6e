package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The serial ranges moved from one account to another; the sender keeps the low part of a split block. */
@Revision("1")
public record CreditsTransferredEvent(
        String transferId, String fromAccount, String toAccount, List<SerialRange> serials, long quantity) {}
