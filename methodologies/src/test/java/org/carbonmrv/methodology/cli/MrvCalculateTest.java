package org.carbonmrv.methodology.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.methodology.caraapp.CarCnAappTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class MrvCalculateTest {

    static final Path SOURCE = Path.of("..", "..", "shared", "cases", "cn-hfc23-linhai-2019", "source.json");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Outcome(int exit, String out, String err) {}

    Outcome run(Path input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = MrvCalculate.run(
                new String[] {"calculate", "--input", input.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Outcome runEdited(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode dataset = (ObjectNode) JSON.readTree(SOURCE.toFile());
        edit.accept(dataset);
        Path file = dir.resolve("dataset.json");
        Files.writeString(file, JSON.writeValueAsString(dataset));
        return run(file);
    }

    static ObjectNode month(ObjectNode dataset, int index) {
        return (ObjectNode) dataset.get("monthly").get(index);
    }

    @Test
    void printsMethodologyPeriodResultsAndTraceForTheCase() throws IOException {
        Outcome outcome = run(SOURCE);
        assertThat(outcome.exit()).isZero();
        JsonNode printed = JSON.readTree(outcome.out());
        assertThat(printed.get("methodology").asText()).isEqualTo("CM-010-V01");
        assertThat(printed.get("period").get("start").asText()).isEqualTo("2019-01-01");
        assertThat(printed.get("results").get("ER_y").asText()).isEqualTo("3999500");
        assertThat(printed.get("results").get("PE_CO2_FF_y").asText()).isEqualTo("234.38");
        assertThat(printed.get("trace").size()).isGreaterThan(50);
        assertThat(printed.get("datasetDigest").asText()).hasSize(64);
    }

    @Test
    void calculatesAnAdipicAcidDataSetToo() throws IOException {
        Path file = dir.resolve("aapp.json");
        Files.writeString(
                file,
                JSON.writeValueAsString(CarCnAappTest.dataset("10000", "12000", h -> CarCnAappTest.Hour.normal())));
        Outcome outcome = run(file);
        assertThat(outcome.exit()).as(outcome.err()).isZero();
        JsonNode printed = JSON.readTree(outcome.out());
        assertThat(printed.get("methodology").asText()).isEqualTo("CAR-CN-AAPP-1.0-workgroup");
        assertThat(printed.get("results").get("ER_credited").asText()).isEqualTo("10561");
    }

    @Test
    void refusesAnUnknownMethodologyVersion() throws IOException {
        Path file = dir.resolve("aapp.json");
        Files.writeString(
                file,
                JSON.writeValueAsString(CarCnAappTest.dataset("10000", "12000", h -> CarCnAappTest.Hour.normal())
                        .put("methodology_version", "2.0")));
        assertRefused(run(file), "methodology_version");
    }

    @Test
    void refusesAMissingParameterNamingIt() throws IOException {
        Outcome outcome = runEdited(d -> ((ObjectNode) d.get("constants")).remove("GWP_HFC23"));
        assertRefused(outcome, "constants.GWP_HFC23");
    }

    @Test
    void refusesAUnitThatDoesNotConvert() throws IOException {
        Outcome outcome = runEdited(d -> month(d, 2)
                .set(
                        "tail_gas_mass_t",
                        JSON.createObjectNode().put("value", "56.9").put("unit", "%")));
        assertRefused(outcome, "monthly[2].tail_gas_mass_t.unit");
    }

    @Test
    void convertsKilogramsToTonnesExactly() throws IOException {
        Outcome outcome = runEdited(d -> month(d, 0)
                .set(
                        "tail_gas_mass_t",
                        JSON.createObjectNode().put("value", "39325.79").put("unit", "kg")));
        assertThat(outcome.exit()).isZero();
        assertThat(JSON.readTree(outcome.out()).get("results").get("ER_y").asText())
                .isEqualTo("3999500");
    }

    @Test
    void refusesNonNumericText() throws IOException {
        Outcome outcome = runEdited(d -> month(d, 4).put("lng_consumption_t", "about five"));
        assertRefused(outcome, "monthly[4].lng_consumption_t");
    }

    @Test
    void refusesAMonthOutsideThePeriod() throws IOException {
        Outcome outcome = runEdited(d -> month(d, 11).put("month", "2020-01"));
        assertRefused(outcome, "monthly[11].month");
    }

    @Test
    void refusesAMissingMonth() throws IOException {
        Outcome outcome = runEdited(d -> ((ArrayNode) d.get("monthly")).remove(5));
        assertRefused(outcome, "month 2019-06 is missing");
    }

    @Test
    void refusesStoredHfc23RatherThanGuessingItsRule() throws IOException {
        Outcome outcome = runEdited(d -> ((ObjectNode) d.get("annual")).put("Q_HFC23_stored_previous_year_t", "1.5"));
        assertRefused(outcome, "annual.Q_HFC23_stored_previous_year_t");
    }

    @Test
    void refusesMalformedJson() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"project\": ");
        assertRefused(run(file), "not valid JSON");
    }

    private static void assertRefused(Outcome outcome, String mention) {
        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).contains(mention);
    }
}
