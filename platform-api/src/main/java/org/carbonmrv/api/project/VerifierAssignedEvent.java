package org.carbonmrv.api.project;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** The registry assigned an accredited verifier organisation to a reporting period; it alone may decide on the period's reports. */
@Revision("1")
public record VerifierAssignedEvent(String projectId, String reportingPeriodId, String verifierOrganisation)
        implements ProjectScoped {}
