package org.carbonmrv.api.calculation;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

@Revision("1")
public record FindingRaisedEvent(
        String reportId,
        String projectId,
        String findingId,
        int version,
        FindingKind kind,
        String subject,
        String text,
        String verifierOrganisation)
        implements ProjectScoped {}
