package org.carbonmrv.api.monitoring.view;

import java.util.List;

/** A period's checks: how many findings are critical, open warnings, acknowledged and accepted, and each finding. */
public record QaSummary(
        long critical, long openWarnings, long acknowledged, long accepted, List<QaFindingView> findings) {}
