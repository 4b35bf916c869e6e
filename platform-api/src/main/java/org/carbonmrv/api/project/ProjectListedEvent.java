package org.carbonmrv.api.project;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

@Revision("1")
public record ProjectListedEvent(String projectId) implements ProjectScoped {}
