package org.carbonmrv.methodology.caraapp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.methodology.CanonicalJson;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.HourlyValue;
import org.carbonmrv.methodology.Methodology;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.MonitoredPeriod;
import org.carbonmrv.methodology.MonitoredSeries;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform's way to a CAR-CN-AAPP data set: hourly CEMS values and aggregates as the
 * monitoring-service answers them. The worked examples of {@link CarCnAappTest}, reached from
 * readings instead of a hand-written data set, must give the same figures.
 */
class CarCnAappAssemblyTest {

    private static final Methodology AAPP =
            MethodologyCatalogue.find("CAR-CN-AAPP", "1.0-workgroup").orElseThrow();
    private static final LocalDate START = LocalDate.of(2024, 4, 1);

    static List<HourlyValue> hours(String unit, IntPredicate outMissing, IntPredicate bypassSubstituted) {
        List<HourlyValue> values = new ArrayList<>();
        for (int h = 0; h < CarCnAappTest.HOURS; h++) {
            var hour = CarCnAappTest.FIRST.plusHours(h);
            values.add(new HourlyValue("C_N2O_in", unit, hour, new BigDecimal("10000"), "N"));
            values.add(new HourlyValue("Q_gas_in", unit, hour, new BigDecimal("100000"), null));
            if (!outMissing.test(h)) {
                values.add(new HourlyValue("C_N2O_out", unit, hour, new BigDecimal("500"), "N"));
                values.add(new HourlyValue("Q_gas_out", unit, hour, new BigDecimal("100000"), "N"));
            }
            boolean substitute = bypassSubstituted.test(h);
            values.add(new HourlyValue(
                    "C_N2O_byp", unit, hour, new BigDecimal(substitute ? "5000" : "0"), substitute ? "SUB" : "N"));
            values.add(new HourlyValue("Q_gas_byp", unit, hour, new BigDecimal("100000"), "N"));
        }
        return values;
    }

    static List<MonitoredSeries> aggregates() {
        YearMonth april = YearMonth.of(2024, 4);
        return List.of(
                new MonitoredSeries("AA", "line-1", april, "t", new BigDecimal("6000"), List.of()),
                new MonitoredSeries("AA", "line-2", april, "t", new BigDecimal("4000"), List.of()),
                new MonitoredSeries("AA_cap", "plant", null, "t", new BigDecimal("12000"), List.of()),
                new MonitoredSeries("Q_NG", "plant", april, "kNm3", new BigDecimal("50"), List.of()),
                new MonitoredSeries("EC", "plant", april, "MWh", new BigDecimal("100"), List.of()),
                new MonitoredSeries("NCV_NG", "plant", null, "GJ/kNm3", new BigDecimal("38.931"), List.of()),
                new MonitoredSeries("EF_CO2_NG", "plant", null, "tCO2/GJ", new BigDecimal("0.0561"), List.of()),
                new MonitoredSeries("EF_grid", "plant", null, "tCO2/MWh", new BigDecimal("0.5703"), List.of()));
    }

    private static MonitoredPeriod april(List<HourlyValue> hourly) {
        return new MonitoredPeriod(
                START, LocalDate.of(2024, 4, 30), aggregates(), HourlyValue.series(START.atStartOfDay(), hourly));
    }

    @Test
    void aNormalMonthFromReadingsGivesTheWorkedExamplesFigures() {
        ObjectNode dataset = AAPP.assembleDataset(april(hours("N2O-abatement", h -> false, h -> false)));

        assertThat(dataset.get("constants").get("GWP_N2O").asText()).isEqualTo("298");
        assertThat(dataset.get("production").get("adipic_acid_t").asText()).isEqualTo("10000");
        assertThat(AAPP.calculate(dataset).results())
                .containsEntry("BE", "21456")
                .containsEntry("PE", "10895")
                .containsEntry("ER", "10561")
                .containsEntry("ER_credited", "10561")
                .containsEntry("substituted_hours", "0");
        assertThat(CanonicalJson.sha256(AAPP.assembleDataset(april(hours("N2O-abatement", h -> false, h -> false)))))
                .as("the same readings give the same data set, byte for byte")
                .isEqualTo(CanonicalJson.sha256(dataset));
    }

    @Test
    void hoursWithoutAStackValueAreFilledConservativelyAndSubstituteBypassCountsAgainstItsCap() {
        ObjectNode dataset = AAPP.assembleDataset(april(hours("N2O-abatement", h -> h >= 300 && h < 330, h -> h < 10)));
        var results = AAPP.calculate(dataset).results();

        assertThat(results)
                .containsEntry("substituted_hours", "30")
                .containsEntry("bypass_substitute_share", "0.1220")
                .containsEntry("ER", "9220");
        assertThat(dataset.get("hourly").get(0).get("byp_substitute").asBoolean())
                .isTrue();
    }

    @Test
    void refusesValuesOfTwoAbatementUnitsAndASubstituteOnTheStack() {
        List<HourlyValue> two = new ArrayList<>(hours("unit-1", h -> false, h -> false));
        two.add(new HourlyValue("C_N2O_in", "unit-2", CarCnAappTest.FIRST, BigDecimal.ONE, "N"));
        assertThatThrownBy(() -> AAPP.assembleDataset(april(two)))
                .isInstanceOfSatisfying(
                        DatasetException.class, e -> assertThat(e.field()).isEqualTo("hourly"));

        List<HourlyValue> stack = new ArrayList<>(hours("unit-1", h -> h == 0, h -> false));
        stack.add(new HourlyValue("C_N2O_out", "unit-1", CarCnAappTest.FIRST, BigDecimal.ONE, "SUB"));
        stack.add(new HourlyValue("Q_gas_out", "unit-1", CarCnAappTest.FIRST, BigDecimal.ONE, "N"));
        assertThatThrownBy(() -> AAPP.assembleDataset(april(stack)))
                .hasMessageContaining("bypassed or vented gas only");
    }

    @Test
    void aValueOutsideThePeriodIsRefusedWithItsHour() {
        List<HourlyValue> values = new ArrayList<>(hours("u", h -> false, h -> false));
        values.add(new HourlyValue("C_N2O_in", "u", START.plusMonths(1).atStartOfDay(), BigDecimal.ONE, "N"));
        assertThatThrownBy(() -> AAPP.assembleDataset(april(values)))
                .isInstanceOfSatisfying(
                        DatasetException.class,
                        e -> assertThat(e.field()).isEqualTo("hourly[2024-05-01T00:00].C_N2O_in"));
    }

    @Test
    void aMonthWithoutProductionIsNamedAsMissing() {
        var noProduction = new MonitoredPeriod(
                START,
                LocalDate.of(2024, 4, 30),
                aggregates().stream().filter(s -> !s.parameter().equals("AA")).toList(),
                HourlyValue.series(START.atStartOfDay(), hours("u", h -> false, h -> false)));
        assertThatThrownBy(() -> AAPP.calculate(AAPP.assembleDataset(noProduction)))
                .isInstanceOfSatisfying(
                        DatasetException.class, e -> assertThat(e.field()).isEqualTo("production.adipic_acid_t"));
    }
}
