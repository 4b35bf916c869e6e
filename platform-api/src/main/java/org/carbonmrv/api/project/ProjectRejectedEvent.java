package org.carbonmrv.api.project;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** The registry refused to list the submitted project, and said why. */
@Revision("1")
public record ProjectRejectedEvent(String projectId, String reason) implements ProjectScoped {}
