package org.carbonmrv.api.project;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/**
 * The project's description as of {@code version}: its name and facility after the amendment, and
 * why it was amended. The versions before stay in the project's history.
 */
@Revision("1")
public record ProjectAmendedEvent(String projectId, int version, String name, Facility facility, String reason)
        implements ProjectScoped {}
