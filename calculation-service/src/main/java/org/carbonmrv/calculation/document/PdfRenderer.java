package org.carbonmrv.calculation.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.carbonmrv.platform.problem.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the report's XHTML to PDF with openhtmltopdf, embedding the fonts it finds among
 * {@code mrv.documents.fonts}. PDF viewers cannot be trusted to hold Chinese glyphs, so a Chinese
 * document needs an embedded CJK font: without one it is refused rather than printed as blanks.
 */
@Component
class PdfRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
    private static final int CJK_PROBE = '减';

    private record DocumentFont(File file, String family, int weight) {}

    private final List<DocumentFont> fonts = new ArrayList<>();
    private final boolean coversChinese;

    PdfRenderer(@Value("${mrv.documents.fonts}") List<String> candidates) {
        boolean chinese = false;
        for (String candidate : candidates) {
            File file = new File(candidate.trim());
            if (!file.isFile()) {
                continue;
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
                String family = font.getNaming().getFontFamily();
                int weight = font.getOS2Windows() != null ? font.getOS2Windows().getWeightClass() : 400;
                fonts.add(new DocumentFont(file, family, weight >= 600 ? 700 : 400));
                chinese |= font.getUnicodeCmapLookup().getGlyphId(CJK_PROBE) != 0;
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot use {} as a document font: {}", file, e.getMessage());
            }
        }
        this.coversChinese = chinese;
        LOG.info(
                "document fonts: {} (Chinese {})",
                fonts.stream().map(f -> f.family() + " " + f.weight()).toList(),
                chinese ? "covered" : "NOT covered: install fonts-droid-fallback or set MRV_DOCUMENT_FONTS");
    }

    byte[] pdf(String xhtml, boolean chinese) {
        if (chinese && !coversChinese) {
            throw new DomainException(
                    "document-font-missing",
                    503,
                    "no font with Chinese glyphs is installed for PDF documents; "
                            + "install one (Debian: fonts-droid-fallback) or name it in MRV_DOCUMENT_FONTS; the HTML document works meanwhile",
                    List.of());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            fonts.forEach(
                    f -> builder.useFont(f.file(), f.family(), f.weight(), PdfRendererBuilder.FontStyle.NORMAL, true));
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }
}
