package org.carbonmrv.calculation.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carbonmrv.api.monitoring.view.QaFindingStatus;
import org.carbonmrv.api.monitoring.view.QaFindingView;
import org.carbonmrv.api.monitoring.view.QaSeverity;
import org.carbonmrv.api.monitoring.view.QaSummary;
import org.carbonmrv.api.project.Location;
import org.carbonmrv.api.project.ProjectStatus;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.calculation.report.ReductionReportProjection;
import org.carbonmrv.methodology.CanonicalJson;
import org.carbonmrv.methodology.Methodology;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.cli.MrvCalculate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Linhai calculation as a document: well-formed XHTML with the verifier's tables and the
 * charts, and a PDF whose text holds the same figures in Chinese. Set REPORT_PDF_DIR to keep the
 * PDFs (then {@code pdftoppm -png} shows the pages).
 */
class ReportDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReportDocument DOCUMENT = new ReportDocument();
    private static ReportDocument.Content content;

    @BeforeAll
    static void calculateLinhai() throws Exception {
        JsonNode dataset = JSON.readTree(
                Files.readAllBytes(Path.of("..", "..", "shared", "cases", "cn-hfc23-linhai-2019", "source.json")));
        JsonNode printed = MrvCalculate.calculate(dataset);
        ProjectView project = new ProjectView(
                "p-1",
                "临海市利民化工有限公司 HFC-23 分解项目",
                "CM-010",
                "V01",
                "linhai-chem",
                ProjectStatus.LISTED,
                null,
                "Asia/Shanghai",
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2028, 12, 31),
                List.of(new ReportingPeriodView("2019", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "cqc")),
                new Location("CN", "CN-ZJ"),
                1);
        var changes = JSON.createObjectNode();
        changes.putObject("PE_CO2_FF_y").put("previous", "186.77").put("current", "234.38");
        var finding = new ReductionReportProjection.FindingView(
                "f-1",
                1,
                "NON_CONFORMITY",
                "EF_CO2_FF",
                "LNG emission factor: use the IPCC upper default 0.0704",
                "cqc-verifier",
                Instant.parse("2020-04-01T08:00:00Z"),
                "corrected to 0.0704",
                "linhai-owner",
                Instant.parse("2020-04-02T08:00:00Z"),
                "closed",
                "cqc-verifier",
                Instant.parse("2020-04-03T08:00:00Z"));
        var report = new ReductionReportProjection.ReportSummary(
                "r-1",
                "p-1",
                "2019",
                "linhai-chem",
                "APPROVED",
                2,
                2,
                "cqc",
                "cqc-verifier",
                Instant.parse("2020-04-03T09:00:00Z"),
                null,
                false,
                null,
                List.of(),
                List.of(finding));
        var version = new ReductionReportProjection.VersionDetail(
                "r-1",
                2,
                "CM-010-V01",
                CanonicalJson.sha256(dataset),
                dataset,
                printed.get("results"),
                changes,
                printed.get("trace"),
                0);
        var checks = new QaSummary(
                0,
                1,
                0,
                0,
                List.of(new QaFindingView(
                        "c-1",
                        "operating-days",
                        QaSeverity.WARNING,
                        QaFindingStatus.OPEN,
                        "furnace-2 2019-08",
                        "operating days reported 21, derived 20 (conservative)",
                        Map.of(),
                        null)));
        Methodology cm010 = MethodologyCatalogue.byKey("CM-010-V01").orElseThrow();
        content = new ReportDocument.Content(project, report, version, cm010, checks);
    }

    @Test
    void theXhtmlIsWellFormedAndHoldsTheVerifiersTablesInTheirOrder() throws Exception {
        String xhtml = DOCUMENT.xhtml(content, ReportDocument.CHINESE);

        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        assertThat(xhtml)
                .containsSubsequence("表 10 HCFC-22 实际产量", "表 12", "表 11、表 13", "表 14", "表 15", "表 16", "表 17", "表 18")
                .contains(
                        "<td class=\"m\">2019-03</td><td class=\"n\">938.610</td><td class=\"n\">1770.470</td><td class=\"n\">2709.080</td>")
                .contains(
                        "<td class=\"n\">22814.480</td>",
                        "<svg",
                        "D_f[furnace-1]",
                        "186.77 → 234.38",
                        "operating days reported 21")
                .contains("3999500", "4000366.085184901722038615411375891")
                .contains(
                        "参数及其来源",
                        "<td>p_HFC23_gen</td><td>废气中 HFC-23 浓度</td><td>%</td><td>实验室分析</td>",
                        "<td>constants.GWP_HFC23</td><td>11700</td>",
                        "CM-010-V01: CM-010-V01 as MEE notice");
    }

    @Test
    void eachLanguageTakesItsWordsFromItsBundle() {
        String zh = DOCUMENT.xhtml(content, ReportDocument.CHINESE);
        String en = DOCUMENT.xhtml(content, Locale.ENGLISH);
        assertThat(zh)
                .startsWith("<!DOCTYPE html>")
                .contains("lang=\"zh\"", "<h2>监测数据质量检查（当前状态）</h2>", "已关闭 2020-04-03T08:00:00Z", "离线复算")
                .doesNotContain(
                        "Reduction report",
                        "Monthly tables",
                        "Verification findings",
                        "Recompute offline",
                        "xmlns:th",
                        " th:");
        assertThat(en)
                .contains(
                        "lang=\"en\"",
                        "<h1>Reduction report</h1>",
                        "<td>laboratory analysis</td>",
                        "closed 2020-04-03T08:00:00Z",
                        "Recompute offline: export the version",
                        "data set (GET …/versions/2) and run ./mrv calculate --input &lt;file&gt;")
                .doesNotContain("减排量计算报告", "逐月数据表");
    }

    @Test
    void thePdfCarriesTheChineseDocumentWithItsFiguresAndCharts() throws Exception {
        PdfRenderer renderer = new PdfRenderer(List.of(
                "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
        byte[] zh = renderer.pdf(DOCUMENT.xhtml(content, ReportDocument.CHINESE), true);
        byte[] en = renderer.pdf(DOCUMENT.xhtml(content, Locale.ENGLISH), false);

        keep("linhai-v2-zh.pdf", zh);
        keep("linhai-v2-en.pdf", en);
        try (PDDocument pdf = Loader.loadPDF(zh)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            assertThat(text).contains("减排量计算报告", "表 16", "进入焚烧炉的 HFC-23 的量", "3999500", "470.42268", "合计");
        }
        try (PDDocument pdf = Loader.loadPDF(en)) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Reduction report", "Table 17", "ER_y", "3999500", "→");
        }
    }

    private static void keep(String name, byte[] pdf) throws Exception {
        String dir = System.getenv("REPORT_PDF_DIR");
        if (dir != null) {
            Files.write(Path.of(dir, name), pdf);
        }
    }
}
