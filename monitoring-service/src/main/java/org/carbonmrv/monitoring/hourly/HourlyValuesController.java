package org.carbonmrv.monitoring.hourly;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hourly values (CEMS) of a reporting period, effective after corrections, for a methodology
 * that reads them hour by hour. A year holds 50,000 values and more, so they go out as one series
 * per parameter and source: hours as offsets from the period's first local hour, values as exact
 * decimals, and the quality flag of each.
 */
@RestController
@RequestMapping("/api/monitoring/projects/{projectId}/reporting-periods/{periodId}")
@Tag(name = "aggregates", description = "monthly and period aggregates per parameter and source")
class HourlyValuesController {

    private static final JsonFactory JSON = new JsonFactory();

    private final ProjectDirectory projects;
    private final JdbcTemplate jdbc;

    HourlyValuesController(ProjectDirectory projects, JdbcTemplate jdbc) {
        this.projects = projects;
        this.jdbc = jdbc;
    }

    @GetMapping("/hourly-values")
    @Operation(summary = "Every hourly value of the period's hourly parameters as series: "
            + "{from, series: [{parameter, source, unit, hours: [offsets from 'from'], values, quality}]}")
    void hourly(@PathVariable String projectId, @PathVariable String periodId, HttpServletResponse response) throws IOException {
        ProjectView project = projects.visibleProject(Actor.require(), projectId);
        ReportingPeriodView period = ProjectDirectory.reportingPeriod(project, periodId);
        String[] hourly = MethodologyCatalogue.pinnedBy(project).parameterIds(ParameterDefinition.Aggregation.HOURLY);
        ZoneId zone = ZoneId.of(project.timeZone());
        LocalDateTime from = period.start().atStartOfDay();
        // PostgreSQL counts elapsed hours (cheap), LocalHours turns them into wall-clock hours
        LocalHours hours = new LocalHours(zone, from, period.end().plusDays(1).atStartOfDay());
        Collection<Series> series = hourly.length == 0 ? List.of() : read(projectId, periodId, hourly, hours);
        response.setContentType("application/json");
        try (JsonGenerator out = JSON.createGenerator(response.getOutputStream())) {
            out.writeStartObject();
            out.writeStringField("from", from.toString());
            out.writeArrayFieldStart("series");
            for (Series one : series) {
                one.write(out);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    /** One pass, no ORDER BY: every value carries its hour. */
    private Collection<Series> read(String projectId, String periodId, String[] hourly, LocalHours hours) {
        Map<String, Series> series = new LinkedHashMap<>();
        jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    SELECT parameter, source, unit, (extract(epoch FROM starts_at)::bigint - ?) / 3600,
                           effective_value, quality
                    FROM effective_readings
                    WHERE project_id = ? AND parameter = ANY(?) AND period_id = ?""");
            statement.setLong(1, hours.startEpochSecond());
            statement.setString(2, projectId);
            statement.setArray(3, con.createArrayOf("text", hourly));
            statement.setString(4, periodId);
            return statement;
        }, rs -> {
            String parameter = rs.getString(1);
            String source = rs.getString(2);
            String unit = rs.getString(3);
            series.computeIfAbsent(parameter + '\u0000' + source, k -> new Series(parameter, source, unit))
                    .add(hours.localHour(rs.getLong(4)), rs.getString(5), rs.getString(6));
        });
        return series.values();
    }

    /** One parameter and source: hour offsets, exact decimal texts (PostgreSQL's NUMERIC text) and flags. */
    private static final class Series {

        private final String parameter;
        private final String source;
        private final String unit;
        private final List<Long> hours = new ArrayList<>();
        private final List<String> values = new ArrayList<>();
        private final List<String> flags = new ArrayList<>();

        Series(String parameter, String source, String unit) {
            this.parameter = parameter;
            this.source = source;
            this.unit = unit;
        }

        void add(long hour, String value, String flag) {
            hours.add(hour);
            values.add(value);
            flags.add(Objects.requireNonNullElse(flag, "N"));
        }

        void write(JsonGenerator out) throws IOException {
            out.writeStartObject();
            out.writeStringField("parameter", parameter);
            out.writeStringField("source", source);
            out.writeStringField("unit", unit);
            out.writeArrayFieldStart("hours");
            for (long hour : hours) {
                out.writeNumber(hour);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("values");
            for (String value : values) {
                out.writeNumber(value);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("quality");
            for (String flag : flags) {
                out.writeString(flag);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }
}
