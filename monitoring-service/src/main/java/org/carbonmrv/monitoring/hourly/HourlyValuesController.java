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
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The hourly values (CEMS) of a reporting period, effective after corrections, for a methodology
 * that reads them hour by hour. A year holds 50,000 values and more, so they are streamed as one
 * series per parameter and source: hours as offsets from the period's first local hour, values as
 * exact decimals, and the quality flag of each.
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
        String[] hourly = MethodologyCatalogue.find(project.methodologyId(), project.methodologyVersion())
                .map(m -> m.parameters().stream().filter(p -> p.aggregation() == ParameterDefinition.Aggregation.HOURLY)
                        .map(ParameterDefinition::id).toArray(String[]::new))
                .orElse(new String[0]);
        ZoneId zone = ZoneId.of(project.timeZone());
        LocalDateTime from = period.start().atStartOfDay();
        response.setContentType("application/json");
        try (JsonGenerator out = JSON.createGenerator(response.getOutputStream())) {
            out.writeStartObject();
            out.writeStringField("from", from.toString());
            out.writeArrayFieldStart("series");
            SeriesWriter series = new SeriesWriter(out);
            // one query per parameter: each reads the unique index in (source, hour) order, no sort of the whole year
            for (String parameter : hourly) {
                jdbc.query("""
                                SELECT parameter, source, unit, starts_at, effective_value, quality
                                FROM effective_readings
                                WHERE project_id = ? AND parameter = ? AND period_id = ?
                                ORDER BY source, starts_at""",
                        rs -> {
                            try {
                                series.add(rs.getString(1), rs.getString(2), rs.getString(3),
                                        ChronoUnit.HOURS.between(from, LocalDateTime.ofInstant(rs.getTimestamp(4).toInstant(), zone)),
                                        rs.getBigDecimal(5), rs.getString(6));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }, projectId, parameter, periodId);
            }
            series.close();
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    /** Writes rows sorted by parameter and source as one object of parallel arrays per series. */
    private static final class SeriesWriter {

        private final JsonGenerator out;
        private final java.util.List<String> flags = new java.util.ArrayList<>();
        private final java.util.List<java.math.BigDecimal> values = new java.util.ArrayList<>();
        private String parameter;
        private String source;

        SeriesWriter(JsonGenerator out) {
            this.out = out;
        }

        void add(String parameter, String source, String unit, long hour, java.math.BigDecimal value, String flag)
                throws IOException {
            if (!parameter.equals(this.parameter) || !source.equals(this.source)) {
                close();
                this.parameter = parameter;
                this.source = source;
                out.writeStartObject();
                out.writeStringField("parameter", parameter);
                out.writeStringField("source", source);
                out.writeStringField("unit", unit);
                out.writeArrayFieldStart("hours");
            }
            out.writeNumber(hour);
            values.add(value);
            flags.add(flag);
        }

        /** Ends the open series: its hours were streamed, its values and flags follow. */
        void close() throws IOException {
            if (parameter == null) {
                return;
            }
            out.writeEndArray();
            out.writeArrayFieldStart("values");
            for (java.math.BigDecimal v : values) {
                out.writeNumber(v);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("quality");
            for (String f : flags) {
                out.writeString(Objects.requireNonNullElse(f, "N"));
            }
            out.writeEndArray();
            out.writeEndObject();
            values.clear();
            flags.clear();
            parameter = null;
            source = null;
        }
    }
}
