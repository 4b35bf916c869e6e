package org.carbonmrv.api.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;

/** Registers (or registers again, with a new password or channels) a CEMS data logger by its MN. */
public record RegisterDataLoggerCommand(
        @TargetAggregateIdentifier String planId,
        String projectId,
        String mn,
        String passwordHash,
        String source,
        List<DataLoggerChannel> channels)
        implements ProjectScoped {}
