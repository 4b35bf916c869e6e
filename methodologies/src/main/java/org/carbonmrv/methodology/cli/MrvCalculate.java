package org.carbonmrv.methodology.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.methodology.Calculation;
import org.carbonmrv.methodology.CanonicalJson;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.Methodology;
import org.carbonmrv.methodology.MethodologyCatalogue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The auditor's command line: recomputes a data set without the platform.
 * <pre>mrv calculate --input dataset.json</pre>
 * Prints the result as JSON on stdout and exits 0; on bad input prints one message naming the
 * field on stderr, nothing on stdout, and exits 2.
 */
public final class MrvCalculate {

    static final int BAD_INPUT = 2;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private MrvCalculate() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3 || !args[0].equals("calculate") || !args[1].equals("--input")) {
            err.println("usage: mrv calculate --input <dataset.json>");
            return BAD_INPUT;
        }
        try {
            JsonNode dataset = read(Path.of(args[2]));
            out.println(JSON.writeValueAsString(calculate(dataset)));
            return 0;
        } catch (DatasetException e) {
            err.println("invalid data set: " + e.getMessage());
            return BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println("no such file: " + e.getFile());
            return BAD_INPUT;
        } catch (JsonProcessingException e) {
            err.println("not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ")");
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("cannot read " + args[2] + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readAllBytes(file));
    }

    /**
     * The methodology a data set names: {@code project.methodology} as a key (CM-010 data sets), or
     * {@code methodology} with {@code methodology_version} (CAR-CN-AAPP data sets).
     */
    static Methodology methodologyOf(JsonNode dataset) {
        if (dataset.hasNonNull("methodology")) {
            String id = dataset.get("methodology").asText();
            String version = dataset.path("methodology_version").asText("");
            return MethodologyCatalogue.find(id, version)
                    .orElseThrow(() -> new DatasetException(
                            "methodology_version", "unknown methodology version '" + id + " " + version + "'"));
        }
        JsonNode key = dataset.path("project").path("methodology");
        if (key.isMissingNode() || key.asText().isBlank()) {
            throw new DatasetException(
                    "project.methodology", "required (e.g. CM-010-V01), or methodology and methodology_version");
        }
        return MethodologyCatalogue.byKey(key.asText())
                .orElseThrow(() ->
                        new DatasetException("project.methodology", "unknown methodology '" + key.asText() + "'"));
    }

    /** The printed document: methodology, period, data set digest, results, monthly figures and trace. */
    public static ObjectNode calculate(JsonNode dataset) {
        Methodology methodology = methodologyOf(dataset);
        Calculation calculation = methodology.calculate(dataset);
        ObjectNode document = JSON.createObjectNode();
        document.put("methodology", methodology.key());
        document.putObject("period")
                .put("start", calculation.periodStart().toString())
                .put("end", calculation.periodEnd().toString());
        document.put("datasetDigest", CanonicalJson.sha256(dataset));
        document.set("results", JSON.valueToTree(calculation.results()));
        document.set("monthly", JSON.valueToTree(calculation.monthly()));
        document.set("trace", JSON.valueToTree(calculation.trace()));
        return document;
    }
}
