package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlySeriesTest {

    @Test
    void oneChartPerParameterAMonthAxisAndASeriesPerSourceWithGapsLeftEmpty() throws Exception {
        JsonNode aggregates = new ObjectMapper().readTree("""
                [{"parameter":"D_f","source":"furnace-1","month":"2019-02","unit":"d","sum":"10"},
                 {"parameter":"D_f","source":"furnace-2","month":"2019-01","unit":"d","sum":"21"},
                 {"parameter":"D_f","source":"furnace-1","month":"2019-01","unit":"d","sum":"0"},
                 {"parameter":"Q_HCFC22","source":"production","month":"2019-01","unit":"t","sum":"1946.560"},
                 {"parameter":"GWP","source":"constant","month":null,"unit":"1","sum":"11700"}]""");
        List<JsonNode> rows = new ArrayList<>();
        aggregates.forEach(rows::add);

        List<MonthlySeries> charts = MonthlySeries.of(rows);

        assertThat(charts).extracting(MonthlySeries::parameter).containsExactly("D_f", "Q_HCFC22");
        MonthlySeries days = charts.get(0);
        assertThat(days.months()).containsExactly("2019-01", "2019-02");
        assertThat(days.sources())
                .containsExactly(
                        new MonthlySeries.Source("furnace-1", List.of("0", "10")),
                        new MonthlySeries.Source("furnace-2", Arrays.asList("21", null)));
        assertThat(charts.get(1).sources().get(0).sums()).containsExactly("1946.560");
    }
}
