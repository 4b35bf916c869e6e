package org.carbonmrv.monitoring.aggregates;

import org.carbonmrv.api.project.ProjectView;
import org.carbonmrv.methodology.MethodologyCatalogue;
import org.carbonmrv.methodology.ParameterDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The individual values of sampled parameters (laboratory results) by parameter, source and month. */
@Repository
class SampledValues {

    private final JdbcTemplate jdbc;

    SampledValues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keyed {@code parameter|source|month}, each in time order. */
    Map<String, List<String>> of(ProjectView project, String periodId) {
        String[] sampled =
                MethodologyCatalogue.pinnedBy(project).parameterIds(ParameterDefinition.Aggregation.MEAN_OF_SAMPLES);
        Map<String, List<String>> samples = new HashMap<>();
        if (sampled.length == 0) {
            return samples; // nothing is sampled (a CEMS methodology): no need to read the period's readings
        }
        jdbc.query(
                con -> {
                    var statement = con.prepareStatement("""
                    SELECT parameter, source, month, array_agg(effective_value::text ORDER BY starts_at) AS samples
                    FROM effective_readings
                    WHERE project_id = ? AND period_id = ? AND parameter = ANY(?)
                    GROUP BY parameter, source, month""");
                    statement.setString(1, project.id());
                    statement.setString(2, periodId);
                    statement.setArray(3, con.createArrayOf("text", sampled));
                    return statement;
                },
                rs -> {
                    String month = rs.getString("month") == null
                            ? null
                            : rs.getString("month").trim();
                    samples.put(
                            rs.getString("parameter") + "|" + rs.getString("source") + "|" + month,
                            strings(rs.getArray("samples")));
                });
        return samples;
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
