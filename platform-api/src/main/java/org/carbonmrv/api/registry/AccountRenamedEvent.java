package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AccountRenamedEvent(String accountId, String name) {}
