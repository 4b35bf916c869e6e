package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

/** A registry account was opened for an organisation (a holding account, or one of the registry's own). */
@Revision("1")
public record AccountOpenedEvent(String accountId, String organisation, AccountKind kind, String name) {}
