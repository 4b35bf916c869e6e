package org.carbonmrv.api.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the project-service answers about one project; other services read it over REST. {@code
 * version} counts the project's descriptions: 1 as submitted, one more with each amendment.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectView(
        String id,
        String name,
        String methodologyId,
        String methodologyVersion,
        String ownerOrganisation,
        ProjectStatus status,
        Facility facility,
        String timeZone,
        LocalDate creditingPeriodStart,
        LocalDate creditingPeriodEnd,
        List<ReportingPeriodView> reportingPeriods,
        Location location,
        int version) {

    public Optional<ReportingPeriodView> reportingPeriod(String reportingPeriodId) {
        return reportingPeriods.stream()
                .filter(p -> p.id().equals(reportingPeriodId))
                .findFirst();
    }
}
