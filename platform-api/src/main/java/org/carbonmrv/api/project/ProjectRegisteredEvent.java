package org.carbonmrv.api.project;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** The project became registered when the report {@code reportId}, version {@code reportVersion}, was approved: its first. */
@Revision("1")
public record ProjectRegisteredEvent(String projectId, String reportId, int reportVersion) implements ProjectScoped {}
