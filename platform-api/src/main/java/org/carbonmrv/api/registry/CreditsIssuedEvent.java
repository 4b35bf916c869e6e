package org.carbonmrv.api.registry;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/**
 * Credits were issued as one serial block [serialStart, serialEnd], both inclusive, into the
 * holding account of the owner organisation.
 */
@Revision("1")
public record CreditsIssuedEvent(
        String issuanceId,
        String reportId,
        int reportVersion,
        String projectId,
        String ownerOrganisation,
        String holdingAccountId,
        int vintage,
        long quantity,
        long serialStart,
        long serialEnd,
        String methodologyId,
        String methodologyVersion,
        String datasetDigest)
        implements ProjectScoped {}
