package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.portal.api.ApiProblem;
import org.carbonmrv.portal.api.PlatformApi;
import org.carbonmrv.portal.api.Reads;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The auditor's view of a project (and the owner's of its own): its sealed history across every
 * service, filtered by event and actor and read page by page, what it was as of now, and the latest signed checkpoint;
 * an auditor verifies the whole history from here. Three calls to the API, side by side.
 */
@Controller
class SealedHistoryPage {

    private static final ParameterizedTypeReference<JsonNode> JSON = new ParameterizedTypeReference<>() {};

    /** Events per page; a long history is read page by page, newest filters kept. */
    static final int PAGE_SIZE = 200;

    /** The audit service's own limit on a page. */
    static final int MAX_PAGE_SIZE = 500;

    /** How long the page waits for a verification before showing it running. */
    private static final Duration VERIFICATION_WAIT = Duration.ofSeconds(20);

    private final PlatformApi api;

    SealedHistoryPage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/projects/{projectId}/sealed-history")
    String sealedHistory(
            @PathVariable String projectId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PAGE_SIZE) int size,
            @RequestParam(required = false) String verification,
            Model model) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        Reads reads = api.together();
        var history = reads.get(
                JSON,
                "/api/audit/projects/{id}/history?page={page}&size={size}&kind={kind}&actor={actor}",
                projectId,
                pageNumber,
                pageSize,
                kind == null ? "" : kind.strip(),
                actor == null ? "" : actor.strip());
        var state = reads.get(JSON, "/api/audit/projects/{id}/state", projectId);
        var checkpoint = reads.get(JSON, "/api/audit/public/checkpoints/latest");
        model.addAttribute("projectId", projectId);
        model.addAttribute("kind", kind);
        model.addAttribute("actor", actor);
        model.addAttribute("entries", rows(history.value().path("items")));
        long total = history.value().path("total").asLong();
        model.addAttribute("total", total);
        model.addAttribute("pager", Pager.of(pageNumber, pageSize, total));
        model.addAttribute("state", state.value());
        model.addAttribute(
                "issued", state.value().path("credits").path("issued").asText("0"));
        model.addAttribute(
                "retired", state.value().path("credits").path("retired").asText("0"));
        model.addAttribute("reports", reports(state.value().path("reports")));
        model.addAttribute("checkpoint", checkpoint.value());
        if (verification != null) {
            JsonNode run = api.get(JSON, "/api/audit/verifications/{id}", verification);
            model.addAttribute("verificationRun", run);
            if (run.path("status").asText().equals("DONE")) {
                model.addAttribute("verification", run.path("verification"));
            }
        }
        return "sealed-history";
    }

    /**
     * An auditor walks the whole chain and the checkpoints: intact, or the first thing that
     * differs. The audit service verifies in the background; the page waits a while for the
     * answer, and a long history's run is shown running, to be looked at again by its address.
     */
    @PostMapping("/projects/{projectId}/sealed-history/verification")
    String verify(@PathVariable String projectId, RedirectAttributes flash) throws InterruptedException {
        try {
            JsonNode run = api.post("/api/audit/verifications", Map.of());
            String id = run.path("id").asText();
            long waitUntil = System.nanoTime() + VERIFICATION_WAIT.toNanos();
            while (run.path("status").asText().equals("RUNNING") && System.nanoTime() < waitUntil) {
                Thread.sleep(200);
                run = api.get(JSON, "/api/audit/verifications/{id}", id);
            }
            return "redirect:/projects/" + projectId + "/sealed-history?verification=" + id;
        } catch (ApiProblem refused) {
            Outcomes.refused(flash, refused);
            return "redirect:/projects/" + projectId + "/sealed-history";
        }
    }

    /** Where a page stands in the whole filtered history: its first and last entry (from 1), and its neighbours. */
    record Pager(int page, int size, long first, long last, long total, boolean hasPrevious, boolean hasNext) {

        static Pager of(int page, int size, long total) {
            long first = Math.min(total, (long) page * size + 1);
            long last = Math.min(total, (long) (page + 1) * size);
            return new Pager(page, size, first, last, total, page > 0, last < total);
        }
    }

    /** One sealed event as the table shows it. */
    record Row(
            String position,
            String when,
            String event,
            String actor,
            String organisation,
            String roles,
            String client,
            String request) {}

    /** A report of the project as its events leave it: its period, how many versions, where it stands. */
    record ReportLine(String reportId, int versions, String status) {}

    private static List<Row> rows(JsonNode items) {
        List<Row> rows = new ArrayList<>();
        items.forEach(e -> {
            List<String> roles = new ArrayList<>();
            e.path("roles").forEach(role -> roles.add(role.asText()));
            rows.add(new Row(
                    e.path("position").asText(),
                    e.path("occurredAt").asText(),
                    e.path("event").asText(),
                    e.path("actor").asText(""),
                    e.path("organisation").asText(""),
                    String.join(", ", roles),
                    e.path("clientId").asText(""),
                    e.path("correlationId").asText("")));
        });
        return rows;
    }

    private static List<ReportLine> reports(JsonNode reports) {
        List<ReportLine> lines = new ArrayList<>();
        reports.forEach(r -> lines.add(new ReportLine(
                r.path("reportId").asText(),
                r.path("versions").size(),
                r.path("status").asText("CALCULATED"))));
        return lines;
    }
}
