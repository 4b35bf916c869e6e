package org.carbonmrv.api.project;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** The registry listed the submitted project: its reporting periods can be opened and verified. */
@Revision("1")
public record ProjectListedEvent(String projectId) implements ProjectScoped {}
