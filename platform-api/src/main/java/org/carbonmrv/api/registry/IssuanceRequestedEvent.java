package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** An approved report version asks the registry to issue its reductions as credits of its vintage, with the digest of the data set they were calculated from. */
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
