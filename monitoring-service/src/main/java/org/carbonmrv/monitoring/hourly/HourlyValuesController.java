package org.carbonmrv.monitoring.hourly;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.api.project.ReportingPeriodView;
import org.carbonmrv.methodology.LocalHours;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.ParameterDefinition;
import org.carbonmrv.monitoring.rollup.HourlySeries;
import org.carbonmrv.platform.projects.ProjectDirectory;
import org.carbonmrv.platform.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

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
    private final HourlySeries hourlySeries;

    HourlyValuesController(ProjectDirectory projects, HourlySeries hourlySeries) {
        this.projects = projects;
        this.hourlySeries = hourlySeries;
    }

    @GetMapping("/hourly-values")
    @Operation(
            summary = "Every hourly value of the period's hourly parameters as series: "
                    + "{from, series: [{parameter, source, unit, hours: [offsets from 'from'], values, quality}]}")
    void hourly(@PathVariable String projectId, @PathVariable String periodId, HttpServletResponse response)
            throws IOException {
        ProjectView project = projects.visibleProject(Actor.require(), projectId);
        ReportingPeriodView period = ProjectDirectory.reportingPeriod(project, periodId);
        String[] hourly = MethodologyCatalogue.pinnedBy(project).parameterIds(ParameterDefinition.Aggregation.HOURLY);
        ZoneId zone = ZoneId.of(project.timeZone());
        LocalDateTime from = period.start().atStartOfDay();
        LocalHours hours = new LocalHours(zone, from, period.end().plusDays(1).atStartOfDay());
        List<HourlySeries.Stored> series =
                hourly.length == 0 ? List.of() : hourlySeries.ofPeriod(projectId, periodId, hourly);
        response.setContentType("application/json");
        try (JsonGenerator out = JSON.createGenerator(response.getOutputStream())) {
            out.writeStartObject();
            out.writeStringField("from", from.toString());
            out.writeArrayFieldStart("series");
            for (HourlySeries.Stored one : series) {
                write(one, hours, out);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    /** One parameter and source: wall-clock hour offsets, exact decimals and flags. */
    private static void write(HourlySeries.Stored series, LocalHours hours, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("parameter", series.parameter());
        out.writeStringField("source", series.source());
        out.writeStringField("unit", series.unit());
        out.writeArrayFieldStart("hours");
        for (long start : series.starts()) {
            out.writeNumber(hours.localHourStartingAt(start));
        }
        out.writeEndArray();
        // PostgreSQL wrote these two arrays: exact decimals and flags, passed on without reading each
        out.writeFieldName("values");
        out.writeRawValue(series.valuesJson());
        out.writeFieldName("quality");
        out.writeRawValue(series.qualityJson());
        out.writeEndObject();
    }
}
