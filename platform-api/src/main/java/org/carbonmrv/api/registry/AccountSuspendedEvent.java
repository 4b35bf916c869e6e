package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

/** The registry suspended the account: it receives credits but cannot send them; before revision 1 this was an AccountStatusChangedEvent (upcast on reading). */
@Revision("1")
public record AccountSuspendedEvent(String accountId, String reason) {}
