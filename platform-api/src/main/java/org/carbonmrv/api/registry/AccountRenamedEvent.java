package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

/** The holder gave a registry account a new name. */
@Revision("1")
public record AccountRenamedEvent(String accountId, String name) {}
