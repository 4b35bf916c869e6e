package org.carbonmrv.monitoring.qa;

import org.carbonmrv.api.monitoring.DowntimeEntry;
import org.carbonmrv.monitoring.plan.MeterCalibrations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything the checks look at for one reporting period: monthly totals per parameter and
 * source (effective values), the operating log, and the meters with their calibrations.
 */
public record QaInput(
        LocalDate periodStart,
        LocalDate periodEnd,
        List<String> destructionUnits,
        Map<String, Map<String, Map<YearMonth, BigDecimal>>> monthlyTotals,
        Map<String, Map<String, Map<YearMonth, Long>>> monthlyCounts,
        List<DowntimeEntry> downtime,
        List<MeterCalibrations> meters,
        List<ValuesWhileDown> valuesWhileDown,
        List<OutOfRange> outOfRange,
        List<ReusedBatch> reusedBatches,
        List<LoggerChannelHours> loggerHours) {

    public QaInput(
            LocalDate periodStart,
            LocalDate periodEnd,
            List<String> destructionUnits,
            Map<String, Map<String, Map<YearMonth, BigDecimal>>> monthlyTotals,
            Map<String, Map<String, Map<YearMonth, Long>>> monthlyCounts,
            List<DowntimeEntry> downtime,
            List<MeterCalibrations> meters,
            List<ValuesWhileDown> valuesWhileDown,
            List<OutOfRange> outOfRange) {
        this(
                periodStart,
                periodEnd,
                destructionUnits,
                monthlyTotals,
                monthlyCounts,
                downtime,
                meters,
                valuesWhileDown,
                outOfRange,
                List.of());
    }

    /**
     * The hours one channel of a data logger reported in the period: how many, how many are missing
     * between the period's start and its last hour, how many invalid
     * (HJ 75: fewer than 45 valid minutes, or flagged so by the logger), how many the logger's own
     * hourly value contradicts the minutes in, how many have minutes flagged C (calibration) on a
     * day the calibration register has no calibration of the channel's meter, and the first hour of each.
     */
    public record LoggerChannelHours(
            String mn,
            String code,
            String parameter,
            String meter,
            long hours,
            long missing,
            long invalid,
            String firstInvalid,
            long disagreeing,
            String firstDisagreeing,
            long calibratingUnregistered,
            String firstCalibratingUnregistered) {}

    public QaInput(
            LocalDate periodStart,
            LocalDate periodEnd,
            List<String> destructionUnits,
            Map<String, Map<String, Map<YearMonth, BigDecimal>>> monthlyTotals,
            Map<String, Map<String, Map<YearMonth, Long>>> monthlyCounts,
            List<DowntimeEntry> downtime,
            List<MeterCalibrations> meters,
            List<ValuesWhileDown> valuesWhileDown,
            List<OutOfRange> outOfRange,
            List<ReusedBatch> reusedBatches) {
        this(
                periodStart,
                periodEnd,
                destructionUnits,
                monthlyTotals,
                monthlyCounts,
                downtime,
                meters,
                valuesWhileDown,
                outOfRange,
                reusedBatches,
                List.of());
    }

    /** A reading batch of this period whose content (SHA-256) is also a batch of other projects. */
    public record ReusedBatch(String batchId, String sha256, String recordedAt, long otherProjects) {}

    /** Readings of a destruction unit's parameter above zero over intervals that lie wholly in a shutdown of the unit. */
    public record ValuesWhileDown(String parameter, String unitId, long count, BigDecimal total, String first) {}

    /** Readings outside the plausible range the plan gives for their parameter. */
    public record OutOfRange(
            String parameter,
            String source,
            long count,
            BigDecimal lowest,
            BigDecimal highest,
            BigDecimal plausibleMinimum,
            BigDecimal plausibleMaximum) {}

    public BigDecimal monthlyTotal(String parameter, String source, YearMonth month) {
        return monthlyTotals
                .getOrDefault(parameter, Map.of())
                .getOrDefault(source, Map.of())
                .get(month);
    }
}
