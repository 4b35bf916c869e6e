package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AccountOpenedEvent(String accountId, String organisation, AccountKind kind, String name) {}
