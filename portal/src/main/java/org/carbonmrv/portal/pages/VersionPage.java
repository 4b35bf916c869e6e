package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.portal.api.PlatformApi;
import org.carbonmrv.portal.api.Reads;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One version of a report: its methodology and data set, its results and what changed from the
 * version before, and the trace of every figure (formula, inputs, value, unit, rounding), from which
 * the verifier raises a finding on a line. The verifier is warned when the same data set was
 * calculated under another project. Two calls to the API, side by side.
 */
@Controller
class VersionPage {

    private static final ParameterizedTypeReference<JsonNode> JSON = new ParameterizedTypeReference<>() {};

    private final PlatformApi api;

    VersionPage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/reports/{reportId}/versions/{version}")
    String version(@PathVariable String reportId, @PathVariable int version, Model model) {
        Reads reads = api.together();
        var report = reads.get(JSON, "/api/calculations/reports/{id}", reportId);
        var detail = reads.get(JSON, "/api/calculations/reports/{id}/versions/{v}", reportId, version);
        model.addAttribute("report", report.value());
        model.addAttribute("version", detail.value());
        return "version";
    }
}
