package org.carbonmrv.calculation.document;

import org.carbonmrv.api.monitoring.view.QaSummary;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.calculation.report.ReductionReportProjection;
import org.carbonmrv.methodology.Methodology;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A calculation version as a document a verifier reads line by line, in English or Chinese:
 * project and period, results, changes from the previous version, charts of the monthly series,
 * the monthly tables in the order of a verification report, every equation with its inputs,
 * value and rounding, the QA checks and the findings. Built from the stored version only (and the
 * QA checks as they stand) by a Thymeleaf template in XML mode, so the text is well-formed XHTML
 * that renders to PDF as it is; the words are the platform's message bundles ({@code i18n/messages}).
 */
@Component
public class ReportDocument {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** What the document shows besides the stored version. */
    record Content(
            ProjectView project,
            ReductionReportProjection.ReportSummary report,
            ReductionReportProjection.VersionDetail version,
            Methodology methodology,
            QaSummary checks) {}

    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    public ReportDocument() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages());
    }

    /** The platform's bundles; English is the fallback, never the machine's own locale. */
    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    String xhtml(Content content, Locale language) {
        boolean chinese = language.getLanguage().equals(CHINESE.getLanguage());
        Context context = new Context(chinese ? CHINESE : Locale.ENGLISH);
        context.setVariable("lang", chinese ? "zh" : "en");
        context.setVariable("d", DocumentModel.of(content, chinese));
        return templates.process("document/report.html", context);
    }
}
