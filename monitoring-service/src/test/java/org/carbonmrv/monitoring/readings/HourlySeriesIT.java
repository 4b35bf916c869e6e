package org.carbonmrv.monitoring.readings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.carbonmrv.api.monitoring.CorrectReadingCommand;
import org.carbonmrv.api.monitoring.UploadFormat;
import org.carbonmrv.api.project.DestructionUnit;
import org.carbonmrv.api.project.Facility;
import org.carbonmrv.api.project.Location;
import org.carbonmrv.api.project.ProductionLine;
import org.carbonmrv.api.project.ProjectStatus;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.monitoring.rollup.HourlySeries;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hourly series against a real PostgreSQL: whatever arrives in batches and whatever is
 * corrected afterwards, each series holds exactly the effective hourly readings, and nothing of a
 * parameter that is not hourly.
 */
@SpringBootTest
class HourlySeriesIT extends PostgresIntegrationTest {

    private static final String UNIT = "N2O-abatement";

    private static final Actor OPERATOR = new Actor(
            "cems-operator",
            "juhua-chem",
            Set.of("monitoring-operator"),
            Optional.empty(),
            "unused: nothing here asks another service");

    @Autowired
    ReadingUploads uploads;

    @Autowired
    HourlySeries hourlySeries;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void batchesAndCorrectionsLeaveEachSeriesEqualToTheEffectiveReadings() throws Exception {
        ProjectView project = adipicAcidProject();
        ReportingPeriodView april = project.reportingPeriods().get(0);
        upload(project, april, csv(LocalDateTime.of(2024, 4, 1, 0, 0), 240, "N"));
        upload(
                project,
                april,
                csv(LocalDateTime.of(2024, 4, 11, 0, 0), 480, "M") + "AA,AA-1,2024-04-01,2024-04-30,10000,t,\n");

        String[] hourly = {"C_N2O_in", "C_N2O_out", "C_N2O_byp", "Q_gas_in", "Q_gas_out", "Q_gas_byp"};
        List<HourlySeries.Stored> series = hourlySeries.ofPeriod(project.id(), april.id(), hourly);
        assertThat(series).hasSize(6).allSatisfy(s -> assertThat(s.starts()).hasSize(720));
        assertThat(hourlySeries.ofPeriod(project.id(), april.id(), new String[] {"AA"}))
                .as("not hourly: not kept")
                .isEmpty();

        // a correction of one hour through the command, as the API sends it
        var reading = jdbc.queryForMap("""
                SELECT id, batch_id, value FROM readings WHERE project_id = ? AND parameter = 'C_N2O_out'
                  AND starts_at = '2024-04-20T05:00:00+08:00'""", project.id());
        commands.sendAndWait(new CorrectReadingCommand(
                (String) reading.get("batch_id"),
                project.id(),
                (Long) reading.get("id"),
                "C_N2O_out",
                UNIT,
                (BigDecimal) reading.get("value"),
                (BigDecimal) reading.get("value"),
                new BigDecimal("612.5"),
                "mg/Nm3",
                "analyser drift after calibration",
                "calibration report 2024-17"));

        for (String parameter : hourly) {
            assertThat(asMap(hourlySeries
                            .ofPeriod(project.id(), april.id(), new String[] {parameter})
                            .get(0)))
                    .as(parameter)
                    .isEqualTo(effective(project.id(), parameter));
        }
        HourlySeries.Stored out = hourlySeries
                .ofPeriod(project.id(), april.id(), new String[] {"C_N2O_out"})
                .get(0);
        assertThat(asMap(out))
                .containsEntry(
                        LocalDateTime.of(2024, 4, 20, 5, 0)
                                .atZone(ZoneId.of("Asia/Shanghai"))
                                .toEpochSecond(),
                        "612.5|M");
        assertThat(asMap(out).values().stream().filter(v -> v.startsWith("612.5|")))
                .hasSize(1);
    }

    private void upload(ProjectView project, ReportingPeriodView period, String csv) throws Exception {
        var outcome = uploads.upload(
                OPERATOR,
                project,
                period,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                UploadFormat.CSV,
                false);
        assertThat(outcome.rowCount()).isPositive();
    }

    /** Hour (epoch second) to "value|flag" as the effective readings give them. */
    private Map<Long, String> effective(String projectId, String parameter) {
        Map<Long, String> values = new TreeMap<>();
        jdbc.query(
                """
                SELECT extract(epoch FROM starts_at)::bigint, effective_value::text, quality FROM effective_readings
                WHERE project_id = ? AND parameter = ?""",
                rs -> {
                    values.put(rs.getLong(1), rs.getString(2) + "|" + rs.getString(3));
                },
                projectId,
                parameter);
        return values;
    }

    private static Map<Long, String> asMap(HourlySeries.Stored series) throws Exception {
        var values = JSON.readTree(series.valuesJson());
        var flags = JSON.readTree(series.qualityJson());
        assertThat(values.size()).isEqualTo(series.starts().length);
        assertThat(flags.size()).isEqualTo(series.starts().length);
        Map<Long, String> byHour = new TreeMap<>();
        for (int i = 0; i < series.starts().length; i++) {
            byHour.put(
                    series.starts()[i],
                    values.get(i).decimalValue().toPlainString() + "|"
                            + flags.get(i).asText());
        }
        return byHour;
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static String csv(LocalDateTime first, int hours, String flag) {
        StringBuilder csv = new StringBuilder("parameter,source,from,to,value,unit,quality\n");
        for (int h = 0; h < hours; h++) {
            LocalDateTime from = first.plusHours(h);
            for (String stream : List.of("in", "out", "byp")) {
                String concentration =
                        stream.equals("in") ? "10000" : stream.equals("out") ? String.valueOf(400 + h % 7) : "0";
                csv.append("C_N2O_")
                        .append(stream)
                        .append(',')
                        .append(UNIT)
                        .append(',')
                        .append(from)
                        .append(',')
                        .append(from.plusHours(1))
                        .append(',')
                        .append(concentration)
                        .append(",mg/Nm3,")
                        .append(flag)
                        .append('\n');
                csv.append("Q_gas_")
                        .append(stream)
                        .append(',')
                        .append(UNIT)
                        .append(',')
                        .append(from)
                        .append(',')
                        .append(from.plusHours(1))
                        .append(",100000.5,Nm3/h,")
                        .append(flag)
                        .append('\n');
            }
        }
        return csv.toString();
    }

    private static ProjectView adipicAcidProject() {
        String id = UUID.randomUUID().toString();
        List<ReportingPeriodView> periods = new ArrayList<>(List.of(new ReportingPeriodView(
                UUID.randomUUID().toString(), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), null)));
        return new ProjectView(
                id,
                "Hourly series test",
                "CAR-CN-AAPP",
                "1.0-workgroup",
                "juhua-chem",
                ProjectStatus.LISTED,
                new Facility(
                        List.of(new ProductionLine("AA-1", new BigDecimal("150000"))),
                        List.of(new DestructionUnit(UNIT, "N2O"))),
                "Asia/Shanghai",
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2031, 12, 31),
                periods,
                new Location("CN", "CN-ZJ"),
                1);
    }
}
