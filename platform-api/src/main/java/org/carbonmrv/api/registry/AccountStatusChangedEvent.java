package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

/** {@code status}: OPEN, SUSPENDED (receives but cannot send) or CLOSED. */
@Revision("1")
public record AccountStatusChangedEvent(String accountId, String status, String reason) {
}
