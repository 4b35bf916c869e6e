package org.carbonmrv.project.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.carbonmrv.api.project.DestructionUnit;
import org.carbonmrv.api.project.Facility;
import org.carbonmrv.api.project.ProductionLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the project-service's commands, as clients send them. */
final class ProjectRequests {

    private ProjectRequests() {}

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    record ProductionLineRequest(
            @NotBlank @Pattern(regexp = ID_PATTERN) String id,
            @PositiveOrZero BigDecimal capacityTonnesPerYear) {}

    record DestructionUnitRequest(
            @NotBlank @Pattern(regexp = ID_PATTERN) String id,
            @Size(max = 200) String label) {}

    record FacilityRequest(
            @NotEmpty @Valid List<ProductionLineRequest> productionLines,
            @NotEmpty @Valid List<DestructionUnitRequest> destructionUnits) {

        Facility facility() {
            return new Facility(
                    productionLines.stream()
                            .map(l -> new ProductionLine(l.id(), l.capacityTonnesPerYear()))
                            .toList(),
                    destructionUnits.stream()
                            .map(u -> new DestructionUnit(u.id(), u.label()))
                            .toList());
        }
    }

    record SubmitProject(
            @NotBlank @Size(max = 300) String name,
            @NotBlank String methodologyId,
            @NotBlank String methodologyVersion,
            @NotNull @Valid FacilityRequest facility,
            @NotBlank String timeZone,
            @NotNull LocalDate creditingPeriodStart,
            @NotNull LocalDate creditingPeriodEnd,
            @NotNull @Valid LocationRequest location) {}

    /** ISO 3166-1 alpha-2 country and ISO 3166-2 subdivision, e.g. CN and CN-ZJ. */
    record LocationRequest(
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as CN")
            String country,

            @NotBlank @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,3}", message = "must be an ISO 3166-2 code such as CN-ZJ")
            String subdivision) {}

    record RejectProject(@NotBlank @Size(max = 2000) String reason) {}

    /** The name and facility as they are to be from now on, why, and the version they amend. */
    record AmendProject(
            @NotNull @Positive Integer expectedVersion,
            @NotBlank @Size(max = 300) String name,
            @NotNull @Valid FacilityRequest facility,
            @NotBlank @Size(max = 2000) String reason) {}

    record TerminateProject(@NotBlank @Size(max = 2000) String reason) {}

    record OpenReportingPeriod(
            @NotNull LocalDate start, @NotNull LocalDate end) {}

    record AssignVerifier(
            @NotBlank @Pattern(regexp = ID_PATTERN) String verifierOrganisation) {}

    record Created(String id) {}
}
