package org.carbonmrv.api.monitoring;

import org.axonframework.serialization.Revision;
import org.carbonmrv.api.ProjectScoped;

import java.util.List;

/** Shutdown periods of destruction units entered into a project's operating log, in the project's time zone. */
@Revision("1")
public record DowntimeRecordedEvent(
        String operatingLogId, String projectId, String timeZone, List<DowntimeEntry> entries)
        implements ProjectScoped {}
