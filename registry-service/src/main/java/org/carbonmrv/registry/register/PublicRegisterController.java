package org.carbonmrv.registry.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.carbonmrv.platform.paging.Page;
import org.carbonmrv.platform.problem.DomainException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The public register (no token needed): lists are paged as JSON; {@code ?format=csv} (or
 * {@code Accept: text/csv}) exports the whole list as CSV.
 */
@RestController
@RequestMapping("/api/registry/public")
@Tag(name = "public register", description = "issuances, serials, retirements and cancellations, open to everyone")
class PublicRegisterController {

    private final PublicRegister register;

    PublicRegisterController(PublicRegister register) {
        this.register = register;
    }

    @GetMapping(
            value = "/issuances",
            produces = {"application/json", "text/csv"})
    @Operation(
            summary = "Every issuance with its serial block, optionally of one ?project= and ?vintage=; "
                    + "text/csv (or ?format=csv) for a CSV export of them all")
    ResponseEntity<?> issuances(
            @RequestParam(required = false) String project,
            @RequestParam(required = false) Integer vintage,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Page.MAX_SIZE) int size,
            @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept) {
        return pageOrCsv(
                "issuances",
                BlockView.class,
                register::issuances,
                new PublicRegister.Filter(project, vintage),
                page,
                size,
                format,
                accept);
    }

    @GetMapping(
            value = "/projects/{projectId}",
            produces = {"application/json", "text/csv"})
    @Operation(summary = "A project's credits by vintage: issued, live, retired, cancelled; ?format=csv for CSV")
    ResponseEntity<?> project(
            @PathVariable String projectId,
            @RequestParam(required = false) Integer vintage,
            @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept) {
        List<PublicRegister.VintageCredits> vintages = register.projectByVintage(projectId, vintage);
        return wantsCsv(format, accept)
                ? csv("project-" + projectId, PublicRegister.VintageCredits.class, vintages)
                : ResponseEntity.ok(vintages);
    }

    @GetMapping("/serials/{serial}")
    @Operation(summary = "Serial search: who holds serial X, and was it retired or cancelled")
    PublicRegister.SerialHolding serial(@PathVariable long serial) {
        return register.serial(serial)
                .orElseThrow(
                        () -> DomainException.notFound("serial-not-issued", "serial " + serial + " was never issued"));
    }

    @GetMapping(
            value = "/retirements",
            produces = {"application/json", "text/csv"})
    @Operation(
            summary =
                    "Retirements, newest first, optionally of one ?project= and ?vintage=; text/csv (or ?format=csv) for all of them")
    ResponseEntity<?> retirements(
            @RequestParam(required = false) String project,
            @RequestParam(required = false) Integer vintage,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Page.MAX_SIZE) int size,
            @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept) {
        return pageOrCsv(
                "retirements",
                PublicRegister.RetirementView.class,
                register::retirements,
                new PublicRegister.Filter(project, vintage),
                page,
                size,
                format,
                accept);
    }

    @GetMapping(
            value = "/cancellations",
            produces = {"application/json", "text/csv"})
    @Operation(
            summary =
                    "Cancellations, newest first, optionally of one ?project= and ?vintage=; text/csv (or ?format=csv) for all of them")
    ResponseEntity<?> cancellations(
            @RequestParam(required = false) String project,
            @RequestParam(required = false) Integer vintage,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Page.MAX_SIZE) int size,
            @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept) {
        return pageOrCsv(
                "cancellations",
                PublicRegister.CancellationView.class,
                register::cancellations,
                new PublicRegister.Filter(project, vintage),
                page,
                size,
                format,
                accept);
    }

    @GetMapping("/retirements/{retirementId}")
    @Operation(summary = "A retirement certificate: who retired which serials, for whom and why")
    PublicRegister.RetirementView certificate(@PathVariable String retirementId) {
        return register.retirement(retirementId)
                .orElseThrow(() -> DomainException.notFound("retirement-not-found", "no retirement " + retirementId));
    }

    /** A page of one of the register's lists, or (in CSV) the whole list. */
    private interface ListReader<T> {
        Page<T> read(PublicRegister.Filter filter, int page, int size);
    }

    private static <T extends Record> ResponseEntity<?> pageOrCsv(
            String name,
            Class<T> type,
            ListReader<T> list,
            PublicRegister.Filter filter,
            int page,
            int size,
            String format,
            String accept) {
        if (wantsCsv(format, accept)) {
            return csv(
                    name, type, list.read(filter, 0, PublicRegister.WHOLE_LIST).items());
        }
        return ResponseEntity.ok(list.read(filter, page, size));
    }

    private static boolean wantsCsv(String format, String accept) {
        return "csv".equals(format) || (accept != null && accept.contains("text/csv"));
    }

    private static <T extends Record> ResponseEntity<String> csv(String name, Class<T> type, List<T> rows) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv"))
                .header("Content-Disposition", "attachment; filename=" + name + ".csv")
                .body(Csv.of(type, rows));
    }
}
