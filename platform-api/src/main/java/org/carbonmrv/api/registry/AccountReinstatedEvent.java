package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

/** The registry reinstated a suspended account; before revision 1 this was an AccountStatusChangedEvent (upcast on reading). */
@Revision("1")
public record AccountReinstatedEvent(String accountId, String reason) {}
