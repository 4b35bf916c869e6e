package org.carbonmrv.registry.ledger;

import org.carbonmrv.api.registry.CreditsIssuedEvent;
import org.carbonmrv.api.registry.CreditsReversedEvent;
import org.carbonmrv.api.registry.IssuanceRequestWithdrawnEvent;
import org.carbonmrv.api.registry.IssuanceRequestedEvent;
import org.carbonmrv.api.registry.LiabilitySettledEvent;
import org.carbonmrv.api.registry.SerialRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the ledger knows of each reduction report's credits, and the rules that follow from it: a
 * report version is handled once and never after a later one; a version asks only for the
 * difference to what its report stands credited for; one data set earns credits for one project.
 * No framework here: the ledger applies its events, this class answers its questions.
 */
final class ReportCredits {

    /** Per report: the latest version handled, what it stands credited for, its serials, owner and liability. */
    private final Map<String, Integer> handledVersion = new HashMap<>();

    private final Map<String, Long> credited = new HashMap<>();
    private final Map<String, List<SerialRange>> issuedRanges = new HashMap<>();
    private final Map<String, String> owner = new HashMap<>();
    private final Map<String, Long> liabilities = new HashMap<>();
    private final Map<String, String> pendingByReport = new HashMap<>();
    /** Per issuance request: waiting for the registry, withdrawn (with why), or issued. */
    private final Map<String, IssuanceRequestedEvent> pending = new HashMap<>();

    private final Map<String, String> withdrawn = new HashMap<>();
    private final Set<String> issued = new HashSet<>();
    /** Per data set digest: the project it earned credits for. One set of monitoring data is credited once. */
    private final Map<String, String> creditedProject = new HashMap<>();

    /** Whether this version, or a later one, of the report was handled already (a re-delivered or out-of-date approval). */
    boolean handled(String reportId, int version) {
        Integer latest = handledVersion.get(reportId);
        return latest != null && latest >= version;
    }

    int latestVersion(String reportId) {
        return handledVersion.getOrDefault(reportId, 0);
    }

    long credited(String reportId) {
        return credited.getOrDefault(reportId, 0L);
    }

    /** What a version verifying {@code quantity} adds to its report's credits (negative: what it takes away). */
    long difference(String reportId, long quantity) {
        return quantity - credited(reportId);
    }

    List<SerialRange> issuedRanges(String reportId) {
        return issuedRanges.getOrDefault(reportId, List.of());
    }

    String owner(String reportId) {
        return owner.get(reportId);
    }

    long liability(String reportId) {
        return liabilities.getOrDefault(reportId, 0L);
    }

    Optional<String> pendingRequestOf(String reportId) {
        return Optional.ofNullable(pendingByReport.get(reportId));
    }

    Optional<IssuanceRequestedEvent> pendingRequest(String requestId) {
        return Optional.ofNullable(pending.get(requestId));
    }

    Optional<String> withdrawalReason(String requestId) {
        return Optional.ofNullable(withdrawn.get(requestId));
    }

    boolean issued(String requestId) {
        return issued.contains(requestId);
    }

    /** The other project that the request's data set was already credited under, or null. */
    String creditedElsewhere(IssuanceRequestedEvent request) {
        String project = creditedProject.get(request.datasetDigest());
        return project == null || project.equals(request.projectId()) ? null : project;
    }

    void requested(IssuanceRequestedEvent event) {
        handledVersion.merge(event.reportId(), event.reportVersion(), Math::max);
        owner.put(event.reportId(), event.ownerOrganisation());
        pending.put(event.requestId(), event);
        pendingByReport.put(event.reportId(), event.requestId());
    }

    void withdrawn(IssuanceRequestWithdrawnEvent event) {
        pending.remove(event.requestId());
        pendingByReport.remove(event.reportId());
        withdrawn.put(event.requestId(), event.reason());
    }

    void reversed(CreditsReversedEvent event) {
        handledVersion.merge(event.reportId(), event.version(), Math::max);
        credited.merge(event.reportId(), -event.shortfall(), Long::sum);
        if (event.liability() > 0) {
            liabilities.merge(event.reportId(), event.liability(), Long::sum);
        }
    }

    void settled(LiabilitySettledEvent event) {
        liabilities.put(event.reportId(), event.liabilityLeft());
    }

    void issued(CreditsIssuedEvent event) {
        handledVersion.merge(event.reportId(), event.reportVersion(), Math::max);
        owner.put(event.reportId(), event.ownerOrganisation());
        credited.merge(event.reportId(), event.quantity(), Long::sum);
        if (event.datasetDigest() != null) {
            creditedProject.putIfAbsent(event.datasetDigest(), event.projectId());
        }
        issuedRanges
                .computeIfAbsent(event.reportId(), r -> new ArrayList<>())
                .add(new SerialRange(event.serialStart(), event.serialEnd()));
        pending.remove(event.issuanceId());
        pendingByReport.remove(event.reportId(), event.issuanceId());
        issued.add(event.issuanceId());
    }
}
