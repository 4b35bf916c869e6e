package org.carbonmrv.methodology.caraapp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.methodology.Calculation;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked examples on April 2024 (720 hours), computed by hand. Every hour: 10,000 mg/Nm3 of N2O
 * in 100,000 Nm3/h entering the unit (1 t/h), 500 mg/Nm3 leaving it (0.05 t/h), no bypass; 50 kNm3
 * of natural gas (× 38.931 × 0.0561 = 109.201455 t) and 100 MWh (× 0.5703 = 57.03 t):
 * PE_energy = 166.231455 tCO2.
 */
public class CarCnAappTest {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final int HOURS = 720;
    static final LocalDateTime FIRST = LocalDateTime.of(2024, 4, 1, 0, 0);

    public record Hour(String in, String out, String byp, String inFlag, String outFlag, boolean bypSubstitute) {
        public static Hour normal() {
            return new Hour("10000", "500", "0", "N", "N", false);
        }
    }

    public static ObjectNode dataset(String adipicAcid, String cap, IntFunction<Hour> hours) {
        ObjectNode d = JSON.objectNode().put("methodology", "CAR-CN-AAPP").put("methodology_version", "1.0-workgroup");
        d.putObject("project").put("name", "test").put("timezone", "Asia/Shanghai");
        d.putObject("period").put("start", "2024-04-01").put("end", "2024-04-30");
        d.putObject("constants")
                .put("DE_baseline", "0.90")
                .put("GWP_N2O", "298")
                .put("bypass_substitute_cap", "0.25")
                .put("NCV_NG_GJ_per_kNm3", "38.931")
                .put("EF_CO2_NG_t_per_GJ", "0.0561")
                .put("EF_grid_t_per_MWh", "0.5703");
        d.putObject("production").put("adipic_acid_t", adipicAcid).put("cap_t", cap);
        d.putObject("energy").put("natural_gas_kNm3", "50").put("electricity_MWh", "100");
        ArrayNode hourly = d.putArray("hourly");
        for (int h = 0; h < HOURS; h++) {
            Hour x = hours.apply(h);
            hourly.addObject()
                    .put("hour", FIRST.plusHours(h).toString())
                    .put("in_mg_Nm3", x.in())
                    .put("in_Nm3_h", "100000")
                    .put("in_flag", x.inFlag())
                    .put("out_mg_Nm3", x.out())
                    .put("out_Nm3_h", "100000")
                    .put("out_flag", x.outFlag())
                    .put("byp_mg_Nm3", x.byp())
                    .put("byp_Nm3_h", "100000")
                    .put("byp_flag", "N")
                    .put("byp_substitute", x.bypSubstitute());
        }
        return d;
    }

    static Map<String, String> results(ObjectNode dataset) {
        Calculation c = new CarCnAapp(MethodologyCatalogue.CAR_CN_AAPP_1_0).calculate(dataset);
        return c.results();
    }

    @Test
    void aNormalMonth() {
        Map<String, String> r = results(dataset("10000", "12000", h -> Hour.normal()));
        assertThat(r)
                .containsEntry("N2O_gen", "720.00000")
                .containsEntry("N2O_emit", "36.00000")
                .containsEntry("DE_project", "0.9500")
                .containsEntry("f_cap", "1")
                .containsEntry("BE", "21456")
                .containsEntry("PE_N2O", "10728.00")
                .containsEntry("PE_energy", "166.23")
                .containsEntry("PE", "10895")
                .containsEntry("ER", "10561")
                .containsEntry("ER_credited", "10561");
    }

    @Test
    void aMonthBelowTheBaselineDestructionEfficiencyEarnsNothing() {
        Map<String, String> r =
                results(dataset("10000", "12000", h -> new Hour("10000", "1500", "0", "N", "N", false)));
        assertThat(r)
                .containsEntry("DE_project", "0.8500")
                .containsEntry("BE", "21456")
                .containsEntry("PE", "32351")
                .containsEntry("ER", "-10895")
                .containsEntry("ER_credited", "0")
                .containsEntry("shortfall", "10895");
    }

    @Test
    void aMonthOverTheProductionCapIsCreditedForTheCapOnly() {
        Map<String, String> r = results(dataset("12000", "10000", h -> Hour.normal()));
        assertThat(r)
                .containsEntry("BE", "17880")
                .containsEntry("PE_N2O", "8940.00")
                .containsEntry("PE", "9107")
                .containsEntry("ER", "8773");
    }

    @Test
    void aThirtyHourCemsGapTakesTheMaximumOfThePrecedingHoursAndAShortGapTheMeanOfItsNeighbours() {
        Map<String, String> r = results(dataset("10000", "12000", h -> {
            if (h == 100) {
                return new Hour("10000", "800", "0", "N", "N", false);
            }
            if (h >= 300 && h < 330) {
                return new Hour("10000", "999999", "0", "N", "D", false);
            }
            if (h >= 500 && h < 510) {
                return new Hour("0", "500", "0", "C", "N", false);
            }
            return Hour.normal();
        }));
        assertThat(r)
                .containsEntry("N2O_gen", "720.00000")
                .containsEntry("N2O_emit", "36.93000")
                .containsEntry("substituted_hours", "40")
                .containsEntry("PE", "11172")
                .containsEntry("ER", "10284");
    }

    @Test
    void aMonthWhoseBypassSubstitutesExceedTheCapEarnsNothing() {
        Map<String, String> r = results(dataset(
                "10000", "12000", h -> h < 30 ? new Hour("10000", "500", "5000", "N", "N", true) : Hour.normal()));
        assertThat(r)
                .containsEntry("N2O_gen", "735.00000")
                .containsEntry("N2O_emit", "51.00000")
                .containsEntry("bypass_substitute_share", "0.2941")
                .containsEntry("bypass_substitute_cap_exceeded", "true")
                .containsEntry("BE", "21903")
                .containsEntry("PE", "15365")
                .containsEntry("ER", "6538")
                .containsEntry("ER_credited", "0");
    }

    @Test
    void hoursOfStartUpTestingEarnNothing() {
        ObjectNode d = dataset("10000", "12000", h -> Hour.normal());
        d.putObject("startup_testing").put("start", "2023-08-01").put("end", "2024-04-10");
        Map<String, String> r = results(d);
        assertThat(r)
                .containsEntry("N2O_gen", "480.00000")
                .containsEntry("N2O_emit", "24.00000")
                .containsEntry("BE", "14304")
                .containsEntry("PE", "7319")
                .containsEntry("ER", "6985");
    }

    @Test
    void refusesStartUpTestingLongerThanNineMonths() {
        ObjectNode d = dataset("10000", "12000", h -> Hour.normal());
        d.putObject("startup_testing").put("start", "2023-06-01").put("end", "2024-04-10");
        assertThatThrownBy(() -> results(d))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("9 months");
    }

    @Test
    void refusesAGapWithNothingBeforeItAndAFlagItDoesNotKnow() {
        assertThatThrownBy(() -> results(dataset(
                        "10000", "12000", h -> h < 3 ? new Hour("10000", "500", "0", "N", "F", false) : Hour.normal())))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("no valid hour before");
        assertThatThrownBy(() -> results(dataset(
                        "10000",
                        "12000",
                        h -> h == 5 ? new Hour("10000", "500", "0", "X", "N", false) : Hour.normal())))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("in_flag");
    }

    @Test
    void readsTheSubstituteMarkAsABooleanOrItsTextAndRefusesAnythingElse() {
        ObjectNode asText = dataset("10000", "12000", h -> Hour.normal());
        ((ObjectNode) asText.get("hourly").get(7)).put("byp_substitute", "false");
        assertThat(results(asText)).containsEntry("ER", "10561");
        ObjectNode unclear = dataset("10000", "12000", h -> Hour.normal());
        ((ObjectNode) unclear.get("hourly").get(7)).put("byp_substitute", "yes");
        assertThatThrownBy(() -> results(unclear))
                .isInstanceOfSatisfying(
                        DatasetException.class, e -> assertThat(e.field()).isEqualTo("hourly[7].byp_substitute"));
    }

    @Test
    void treatsAMissingHourAsInvalid() {
        ObjectNode d = dataset("10000", "12000", h -> Hour.normal());
        ((ArrayNode) d.get("hourly")).remove(200);
        assertThat(results(d)).containsEntry("substituted_hours", "3").containsEntry("ER", "10561");
    }
}
