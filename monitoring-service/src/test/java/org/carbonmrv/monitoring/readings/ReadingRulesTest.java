package org.carbonmrv.monitoring.readings;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.api.monitoring.UploadFormat;
import org.carbonmrv.api.project.DestructionUnit;
import org.carbonmrv.api.project.Facility;
import org.carbonmrv.api.project.Location;
import org.carbonmrv.api.project.ProductionLine;
import org.carbonmrv.api.project.ProjectStatus;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadingRulesTest {

    static final ReportingPeriodView Y2019 =
            new ReportingPeriodView("rp", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "cqc");
    static final ProjectView LINHAI = new ProjectView(
            "p1",
            "Linhai",
            "CM-010",
            "V01",
            "linhai-chem",
            ProjectStatus.LISTED,
            new Facility(
                    List.of(new ProductionLine("A", null), new ProductionLine("C", null)),
                    List.of(new DestructionUnit("furnace-1", null), new DestructionUnit("furnace-2", null))),
            "Asia/Shanghai",
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2025, 12, 31),
            List.of(Y2019),
            new Location("CN", "CN-ZJ"),
            1);
    static final ReadingRules RULES = new ReadingRules(
            LINHAI,
            Y2019,
            MethodologyCatalogue.find("CM-010", "V01").orElseThrow().parameters(),
            LocalDate.of(2026, 11, 23),
            List.of());

    /** The readings the rules accept and the problems they find, row by row as the upload path checks them. */
    record Outcome(List<Reading> readings, List<FieldProblem> problems) {

        static Outcome of(ReadingRules rules, List<RawReading> rows) {
            List<Reading> readings = new ArrayList<>();
            List<FieldProblem> problems = new ArrayList<>();
            rows.forEach(row -> rules.checkRow(row, problems).ifPresent(readings::add));
            return new Outcome(readings, problems);
        }
    }

    static RawReading row(String parameter, String source, String from, String to, String value, String unit) {
        return new RawReading(1, parameter, source, from, to, value, unit, null);
    }

    @Test
    void acceptsAMonthlyTotalInTheProjectsTimeZone() {
        var outcome =
                Outcome.of(RULES, List.of(row("q_HFC23_gen", "tail-gas", "2019-01-01", "2019-01-31", "39.32579", "t")));
        assertThat(outcome.problems()).isEmpty();
        Reading reading = outcome.readings().get(0);
        assertThat(reading.month()).isEqualTo(YearMonth.of(2019, 1));
        assertThat(reading.startsAt()).isEqualTo(Instant.parse("2018-12-31T16:00:00Z"));
        assertThat(reading.endsAt()).isEqualTo(Instant.parse("2019-01-31T16:00:00Z"));
        assertThat(reading.value()).isEqualByComparingTo("39.32579");
    }

    @Test
    void convertsKilogramsToTheParametersTonnesExactly() {
        var outcome = Outcome.of(
                RULES, List.of(row("q_HFC23_gen", "tail-gas", "2019-01-01", "2019-01-31", "39325.79", "kg")));
        assertThat(outcome.readings().get(0).value()).isEqualTo(new BigDecimal("39.32579"));
        assertThat(outcome.readings().get(0).unit()).isEqualTo("t");
    }

    @ParameterizedTest(name = "{6}")
    @CsvSource(
            delimiter = '|',
            value = {
                "x_unknown|tail-gas|2019-01-01|2019-01-31|1|t|rows[1].parameter",
                "q_HFC23_gen|tail-gas|2019-01-01|2019-01-31|1|%|rows[1].unit",
                "q_HFC23_gen|tail-gas|2019-01-01|2019-01-31|1|furlongs|rows[1].unit",
                "q_HFC23_gen|tail-gas|2019-01-01|2019-01-31|about one|t|rows[1].value",
                "q_HFC23_gen|tail-gas|2019-01-01|2019-01-31|-3|t|rows[1].value",
                "p_HFC23_gen|gc|2019-01-01|2019-01-07|100.5|%|rows[1].value",
                "q_HFC23_gen|tail-gas|2019-01-31|2019-01-01|1|t|rows[1].to",
                "q_HFC23_gen|tail-gas|2020-01-01|2020-01-31|1|t|rows[1].from",
                "q_HFC23_gen|tail-gas|2019-01-15|2019-02-14|1|t|rows[1].to",
                "q_HFC23_inlet|furnace-9|2019-01-01|2019-01-31|1|t|rows[1].source",
                "Q_HCFC22_gen|B|2019-01-01|2019-01-31|1|t|rows[1].source",
                "GWP_HFC23|plant|2019-01-01|2019-06-30|11700|tCO2e/t|rows[1].from",
                "q_HFC23_gen|tail-gas|2019-01-01|2019-1-31|1|t|rows[1].to"
            })
    void refusesBadRowsNamingRowAndField(
            String parameter, String source, String from, String to, String value, String unit, String field) {
        var outcome = Outcome.of(RULES, List.of(row(parameter, source, from, to, value, unit)));
        assertThat(outcome.readings()).isEmpty();
        assertThat(outcome.problems()).extracting(FieldProblem::field).contains(field);
    }

    @Test
    void refusesGasVolumesForMassParametersAndSaysWhy() {
        var outcome =
                Outcome.of(RULES, List.of(row("q_HFC23_gen", "tail-gas", "2019-01-01", "2019-01-31", "8100", "Nm3")));
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("rows[1].unit");
            assertThat(p.rule()).contains("gas volume").contains("density");
        });
    }

    @Test
    void refusesFutureReadings() {
        ReportingPeriodView current =
                new ReportingPeriodView("rp", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null);
        var rules = new ReadingRules(
                LINHAI,
                current,
                MethodologyCatalogue.find("CM-010", "V01").orElseThrow().parameters(),
                LocalDate.of(2026, 11, 23),
                List.of());
        var outcome = Outcome.of(rules, List.of(row("Q_FF", "lng", "2026-12-01", "2026-12-31", "1", "t")));
        assertThat(outcome.problems()).extracting(FieldProblem::rule).contains("lies in the future");
    }

    @Test
    void acceptsOneMinuteReadingsWithLocalTimes() {
        var outcome = Outcome.of(
                RULES, List.of(row("q_HFC23_gen", "m01", "2019-03-01T10:15", "2019-03-01T10:16", "0.0009", "t")));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.readings().get(0).startsAt()).isEqualTo(Instant.parse("2019-03-01T02:15:00Z"));
        assertThat(outcome.readings().get(0).endsAt()).isEqualTo(Instant.parse("2019-03-01T02:16:00Z"));
        var crossing =
                Outcome.of(RULES, List.of(row("q_HFC23_gen", "m01", "2019-03-31T23:59", "2019-04-01T00:01", "1", "t")));
        assertThat(crossing.problems()).extracting(FieldProblem::field).containsExactly("rows[1].to");
    }

    @Test
    void readsCsvWithBomAndTabs() {
        byte[] csv = ("\uFEFFparameter\tsource\tfrom\tto\tvalue\tunit\n"
                        + "Q_FF\tlng\t2019-01-01\t2019-01-31\t4.59147\tt\n")
                .getBytes(StandardCharsets.UTF_8);
        List<RawReading> rows = Uploads.parse(csv, UploadFormat.CSV, new ObjectMapper());
        assertThat(rows)
                .containsExactly(new RawReading(1, "Q_FF", "lng", "2019-01-01", "2019-01-31", "4.59147", "t", null));
    }

    @Test
    void readsQuotedCsvFieldsWhole() {
        byte[] csv = ("parameter,source,from,to,value,unit,quality\r\n"
                        + "\"Q_FF\",\"lng, tank 2\",2019-01-01,2019-01-31,\"4.59147\",t,\"lab \"\"retest\"\"\"\r\n"
                        + "\r\n"
                        + " Q_FF , lng ,2019-02-01,2019-02-28, 4.1 ,t,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        List<RawReading> rows = Uploads.parse(csv, UploadFormat.CSV, new ObjectMapper());
        assertThat(rows)
                .containsExactly(
                        new RawReading(
                                1, "Q_FF", "lng, tank 2", "2019-01-01", "2019-01-31", "4.59147", "t", "lab \"retest\""),
                        new RawReading(2, "Q_FF", "lng", "2019-02-01", "2019-02-28", "4.1", "t", null));
    }

    @Test
    void refusesACsvWithAQuoteLeftOpen() {
        byte[] csv = "parameter,source,from,to,value,unit\nQ_FF,\"lng,2019-01-01,2019-01-31,4.5,t\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Uploads.parse(csv, UploadFormat.CSV, new ObjectMapper()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("cannot be read");
    }

    @Test
    void refusesEmptyMalformedAndWronglyEncodedUploads() {
        ObjectMapper json = new ObjectMapper();
        assertThatThrownBy(() -> Uploads.parse(new byte[0], UploadFormat.CSV, json))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() ->
                        Uploads.parse("{\"readings\": []}".getBytes(StandardCharsets.UTF_8), UploadFormat.JSON, json))
                .hasMessageContaining("empty");
        assertThatThrownBy(() ->
                        Uploads.parse("{\"readings\": [".getBytes(StandardCharsets.UTF_8), UploadFormat.JSON, json))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Uploads.parse(new byte[] {(byte) 0xC3, (byte) 0x28}, UploadFormat.CSV, json))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> Uploads.parse(
                        "parameter,source,from\nQ_FF,lng,2019-01-01\n".getBytes(StandardCharsets.UTF_8),
                        UploadFormat.CSV,
                        json))
                .hasMessageContaining("lacks a column");
    }
}
