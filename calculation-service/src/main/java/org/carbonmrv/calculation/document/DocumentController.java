package org.carbonmrv.calculation.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.calculation.monitoring.MonitoredData;
import org.carbonmrv.calculation.report.Reports;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

@RestController
@RequestMapping("/api/calculations/reports")
@Tag(name = "reduction reports", description = "calculation versions and their verification")
class DocumentController {

    private final Reports reports;
    private final ProjectDirectory projects;
    private final MonitoredData monitoredData;
    private final PdfRenderer pdfRenderer;
    private final ReportDocument document;

    DocumentController(
            Reports reports,
            ProjectDirectory projects,
            MonitoredData monitoredData,
            PdfRenderer pdfRenderer,
            ReportDocument document) {
        this.document = document;
        this.reports = reports;
        this.projects = projects;
        this.monitoredData = monitoredData;
        this.pdfRenderer = pdfRenderer;
    }

    @GetMapping("/{reportId}/versions/{version}/document")
    @Operation(
            summary =
                    "A version as a document to read line by line: HTML, or PDF with ?format=pdf (or Accept: application/pdf); "
                            + "?lang=zh for Chinese")
    ResponseEntity<byte[]> document(
            @PathVariable String reportId,
            @PathVariable int version,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept) {
        if (!lang.equals("en") && !lang.equals("zh")) {
            throw DomainException.badRequest(
                    "language-unknown",
                    "documents are written in English or Chinese",
                    new FieldProblem("lang", "must be en or zh", lang));
        }
        boolean pdf = format == null
                ? accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE)
                : format.equals("pdf");
        if (format != null && !format.equals("pdf") && !format.equals("html")) {
            throw DomainException.badRequest(
                    "format-unknown",
                    "documents are HTML or PDF",
                    new FieldProblem("format", "must be html or pdf", format));
        }
        Actor reader = Actor.require();
        var report = reports.existing(reportId);
        ProjectView project = projects.visibleProject(reader, report.projectId()); // the reader may see it, or 404
        var detail = reports.version(reportId, version);
        var content = new ReportDocument.Content(
                project,
                report,
                detail,
                Reports.methodologyOf(detail),
                monitoredData.checksIfReadable(reader, report.projectId(), report.reportingPeriodId()));
        String xhtml = document.xhtml(content, lang.equals("zh") ? ReportDocument.CHINESE : Locale.ENGLISH);
        if (pdf) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(
                            "Content-Disposition",
                            "inline; filename=\"reduction-report-v" + version + "-" + lang + ".pdf\"")
                    .body(pdfRenderer.pdf(xhtml, lang.equals("zh")));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(xhtml.getBytes(StandardCharsets.UTF_8));
    }
}
