// Draws each monthly chart from the series its element carries (data-chart, written by the server).
document.querySelectorAll('.monthly-chart').forEach(function (element) {
  var chart = JSON.parse(element.dataset.chart);
  echarts.init(element, null, { renderer: 'svg' }).setOption({
    animation: false,
    grid: { left: 56, right: 8, top: 24, bottom: 24 },
    legend: { top: 0, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: chart.months },
    yAxis: { type: 'value', name: chart.unit },
    series: chart.sources.map(function (s) {
      return { name: s.source, type: 'bar', data: s.sums.map(function (v) { return v === null ? null : Number(v); }) };
    })
  });
});
