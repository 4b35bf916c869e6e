package org.carbonmrv.api.calculation;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

/** The period's verifier raised a finding (a non-conformity, a clarification request or a forward action request) on a report version. */
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
