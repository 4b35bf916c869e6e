package org.carbonmrv.calculation.methodology;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.methodology.Methodology;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.MethodologyVersion;
import org.carbonmrv.platform.problem.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The public methodology catalogue: which versions exist, when they apply, what they fix. */
@RestController
@RequestMapping("/api/calculations/public/methodologies")
@Tag(
        name = "methodology catalogue",
        description = "methodology versions, their validity and fixed parameters (no token)")
class MethodologyCatalogueController {

    record CatalogueEntry(
            String key,
            String id,
            String version,
            String titleEn,
            String titleZh,
            String status,
            boolean creditable,
            LocalDate validFrom,
            LocalDate validUntil,
            Map<String, String> fixedParameters,
            String basis,
            List<String> monitoredParameters) {

        static CatalogueEntry of(Methodology methodology) {
            MethodologyVersion v = methodology.catalogueEntry();
            return new CatalogueEntry(
                    v.key(),
                    v.id(),
                    v.version(),
                    v.titleEn(),
                    v.titleZh(),
                    v.status().name(),
                    v.creditable(),
                    v.validFrom(),
                    v.validUntil(),
                    new TreeMap<>(v.fixedParameters()),
                    v.basis(),
                    methodology.parameters().stream().map(p -> p.id()).toList());
        }
    }

    @GetMapping
    @Operation(summary = "Every methodology version with its validity, status and fixed parameters")
    List<CatalogueEntry> catalogue() {
        return MethodologyCatalogue.all().stream().map(CatalogueEntry::of).toList();
    }

    @GetMapping("/{key}")
    @Operation(summary = "One methodology version by its key, e.g. CM-010-V01")
    CatalogueEntry entry(@PathVariable String key) {
        return MethodologyCatalogue.byKey(key)
                .map(CatalogueEntry::of)
                .orElseThrow(() -> DomainException.notFound("methodology-not-found", "the catalogue has no " + key));
    }
}
