package org.carbonmrv.api.project;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** The registry terminated the project: no reporting period opens on it any more, and it is not amended. */
@Revision("1")
public record ProjectTerminatedEvent(String projectId, String reason) implements ProjectScoped {}
