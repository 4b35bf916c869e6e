package org.carbonmrv.methodology.cm010;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.carbonmrv.methodology.Calculation;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reproduces every figure of the verifier's report on the Linhai 2019 case, as printed. */
class LinhaiCaseTest {

    static final Path CASE = Path.of("..", "..", "shared", "cases", "cn-hfc23-linhai-2019");
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static JsonNode expected;
    static Calculation calculation;

    @BeforeAll
    static void calculateTheCase() throws IOException {
        expected = JSON.readTree(Files.readAllBytes(CASE.resolve("expected.json")));
        calculation = new Cm010V01(MethodologyCatalogue.CM_010_V01)
                .calculate(JSON.readTree(Files.readAllBytes(CASE.resolve("source.json"))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "hcfc22_production_total_t",
                "tail_gas_hfc23_mean_percent",
                "Q_HFC23_gen_t",
                "inlet_gas_mass_total_t",
                "inlet_gas_hfc23_mean_percent",
                "Q_HFC23_dec_inlet_t",
                "Q_HFC23_outlet_t"
            })
    void reproducesEveryMonthlyFigureToTheLastPrintedDigit(String figure) {
        assertThat(calculation.monthly()).hasSize(12);
        for (int i = 0; i < 12; i++) {
            JsonNode month = expected.get("monthly").get(i);
            Map<String, String> actual = calculation.monthly().get(i);
            assertThat(actual.get("month")).isEqualTo(month.get("month").asText());
            assertThat(actual.get(figure))
                    .as(month.get("month").asText() + " " + figure)
                    .isEqualTo(month.get(figure).asText());
        }
    }

    @Test
    void reproducesTheAnnualTotals() {
        JsonNode annual = expected.get("annual");
        Map<String, String> results = calculation.results();
        assertSameNumber(results.get("Q_HCFC22_gen_y"), annual.get("Q_HCFC22_gen_t"));
        assertThat(results.get("Q_HCFC22_gen_y"))
                .isEqualTo(annual.get("hcfc22_production_t").get("total").asText());
        assertThat(results.get("Q_HFC23_gen_y"))
                .isEqualTo(annual.get("Q_HFC23_gen_t").asText());
        assertThat(results.get("Q_HFC23_dec_inlet_y"))
                .isEqualTo(annual.get("Q_HFC23_dec_inlet_t").asText());
        assertThat(results.get("Q_HFC23_dec_outlet_y"))
                .isEqualTo(annual.get("Q_HFC23_outlet_t").asText());
        assertThat(results.get("Q_FF_y"))
                .isEqualTo(annual.get("lng_consumption_t").asText());
        assertSameNumber(
                results.get("D_f_y[furnace-1]"), annual.get("operating_days").get("furnace-1"));
        assertSameNumber(
                results.get("D_f_y[furnace-2]"), annual.get("operating_days").get("furnace-2"));
        BigDecimal tailGas = calculation.monthly().stream()
                .map(m -> new BigDecimal(m.get("tail_gas_mass_t")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(tailGas.toPlainString())
                .isEqualTo(annual.get("tail_gas_mass_t").asText());
        BigDecimal inletGas = calculation.monthly().stream()
                .map(m -> new BigDecimal(m.get("inlet_gas_mass_total_t")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(inletGas.toPlainString())
                .isEqualTo(annual.get("inlet_gas_mass_t").asText());
    }

    @Test
    void reproducesBaselineProjectEmissionsAndReductions() {
        Map<String, String> results = calculation.results();
        assertThat(results.get("W_HFC23_HCFC22_y"))
                .isEqualTo(expected.get("W_actual_percent").asText());
        assertThat(results.get("BE_y")).isEqualTo(expected.get("BE_y").asText());
        assertThat(new BigDecimal(results.get("BE_dec_y"))
                        .setScale(0, RoundingMode.FLOOR)
                        .toPlainString())
                .isEqualTo(expected.get("BE_dec_y").asText());
        assertThat(results.get("PE_ND_HFC23_y")).isEqualTo(expected.get("PE_ND").asText());
        assertThat(results.get("PE_CO2_HFC23_y"))
                .isEqualTo(expected.get("PE_CO2_HFC23").asText());
        assertSameNumber(results.get("PE_CO2_EL_y"), expected.get("PE_EL"));
        assertThat(results.get("PE_CO2_FF_y")).isEqualTo(expected.get("PE_FF").asText());
        assertThat(results.get("PE_y")).isEqualTo(expected.get("PE").asText());
        assertThat(results.get("ER_y")).isEqualTo(expected.get("ER").asText());
    }

    @Test
    void tracesEveryHeadlineFigureWithItsInputs() {
        var be = calculation.trace().stream()
                .filter(s -> s.symbol().equals("BE_dec_y"))
                .findFirst()
                .orElseThrow();
        assertThat(be.inputs())
                .containsEntry("Q_HFC23_dec_inlet_y", "470.42268")
                .containsEntry("GWP_HFC23", "11700");
        assertThat(be.value()).startsWith("4000366.08");
        var pe = calculation.trace().stream()
                .filter(s -> s.symbol().equals("PE_y"))
                .findFirst()
                .orElseThrow();
        assertThat(pe.rounding()).contains("up");
        assertThat(pe.inputs()).containsEntry("PE_ND_HFC23_y", "335.09");
    }

    private static void assertSameNumber(String actual, JsonNode expectedValue) {
        assertThat(new BigDecimal(actual)).isEqualByComparingTo(new BigDecimal(expectedValue.asText()));
    }
}
