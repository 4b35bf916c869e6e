package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;

/** A request not yet issued gave way to the request of the report version that superseded it. */
@Revision("1")
public record IssuanceRequestWithdrawnEvent(String requestId, String reportId, String supersededBy, String reason) {}
