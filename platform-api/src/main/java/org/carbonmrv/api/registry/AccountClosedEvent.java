package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

/** Its holder closed the account, which was empty; before revision 1 this was an AccountStatusChangedEvent (upcast on reading). */
@Revision("1")
public record AccountClosedEvent(String accountId, String reason) {}
