package org.carbonmrv.auditservice.recomputation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.audit.recompute.Provenance;
import org.carbonmrv.audit.recompute.Recomputed;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Any version recomputed from the history, and any serial traced back to the readings, for auditors and the registry. */
@RestController
@PreAuthorize("hasAnyRole('" + Role.AUDITOR + "', '" + Role.REGISTRY_ADMIN + "')")
@Tag(name = "recomputation", description = "versions recomputed from their data sets, serials traced to their readings")
class RecomputationController {

    private final Recomputations recomputations;

    RecomputationController(Recomputations recomputations) {
        this.recomputations = recomputations;
    }

    @GetMapping("/api/audit/reports/{reportId}/versions/{version}/recomputation")
    @Operation(
            summary = "The version's pinned methodology run again on its stored data set: the approval's pin, the"
                    + " data set's digest, each reading batch's rows, and every figure, equal or not")
    Recomputed recompute(@PathVariable String reportId, @PathVariable int version) {
        return recomputations
                .version(reportId, version)
                .orElseThrow(() -> DomainException.notFound(
                        "version-not-found", "no calculated version " + version + " of report " + reportId));
    }

    @GetMapping("/api/audit/serials/{serial}/provenance")
    @Operation(
            summary = "A serial (its number, or the full serial) back to its block, issuance, approved version,"
                    + " data set and reading batches, each link checked")
    Provenance.OfSerial provenance(@PathVariable String serial) {
        long number = number(serial);
        return recomputations
                .serial(number)
                .orElseThrow(() ->
                        DomainException.notFound("serial-not-found", "no credit was issued with serial " + number));
    }

    /** The serial number: the digits, or the last part of a serial as printed (…-2019-1-3999500). */
    private static long number(String serial) {
        String digits = serial.substring(serial.lastIndexOf('-') + 1);
        try {
            long number = Long.parseLong(digits);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw DomainException.badRequest(
                "serial-invalid",
                "a serial is a positive number, or a serial as printed ending in its number",
                new FieldProblem("serial", "a positive number at the end", serial));
    }
}
