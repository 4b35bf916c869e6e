package org.carbonmrv.api.monitoring;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;

/**
 * A CEMS data logger (HJ 212 MN) reports for {@code source} of the project, its pollutant codes
 * standing for the plan parameters of {@code channels}. The password is kept only as a salted
 * PBKDF2 hash; a later registration of the same MN replaces password and channels.
 */
@Revision("1")
public record DataLoggerRegisteredEvent(
        String planId,
        String projectId,
        String mn,
        String passwordHash,
        String source,
        List<DataLoggerChannel> channels)
        implements ProjectScoped {}
