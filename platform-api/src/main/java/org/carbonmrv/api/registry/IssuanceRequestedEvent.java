package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

@Revision("1")
public record IssuanceRequestedEvent(
        String requestId,
        String reportId,
        int reportVersion,
        String projectId,
        String ownerOrganisation,
        int vintage,
        long quantity,
        String methodologyId,
        String methodologyVersion,
        String datasetDigest)
        implements ProjectScoped {}
