package org.carbonmrv.methodology.caraapp;

import org.carbonmrv.api.quantity.Unit;
import org.carbonmrv.methodology.DatasetException;
import org.carbonmrv.methodology.DatasetReader;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.carbonmrv.methodology.Checks.fraction;
import static org.carbonmrv.methodology.Checks.nonNegative;
import static org.carbonmrv.methodology.Checks.positive;

/**
 * A CAR-CN-AAPP data set's period figures, read and checked: the period and its start-up testing
 * window, the policy constants, production and energy. The hourly rows are the {@link HourGrid}'s.
 *
 * @param startupStart null when the period has no start-up testing
 */
record CarCnAappDataset(
        LocalDate start,
        LocalDate end,
        LocalDate startupStart,
        LocalDate startupEnd,
        BigDecimal deBaseline,
        BigDecimal gwp,
        BigDecimal substituteCap,
        BigDecimal adipicAcid,
        BigDecimal cap,
        BigDecimal gas,
        BigDecimal electricity,
        BigDecimal ncv,
        BigDecimal efGas,
        BigDecimal efGrid) {

    static CarCnAappDataset read(DatasetReader root) {
        DatasetReader period = root.object("period");
        LocalDate start = period.date("start");
        LocalDate end = period.date("end");
        if (end.isBefore(start)) {
            throw new DatasetException("period.end", "is before period.start");
        }
        LocalDate startupStart = null;
        LocalDate startupEnd = null;
        if (root.has("startup_testing")) {
            DatasetReader startup = root.object("startup_testing");
            startupStart = startup.date("start");
            startupEnd = startup.date("end");
            if (startupEnd.isBefore(startupStart)) {
                throw new DatasetException("startup_testing.end", "is before startup_testing.start");
            }
            if (startupStart.plusMonths(9).isBefore(startupEnd.plusDays(1))) {
                throw new DatasetException("startup_testing", "start-up testing lasts at most 9 months");
            }
        }
        DatasetReader constants = root.object("constants");
        DatasetReader production = root.object("production");
        DatasetReader energy = root.object("energy");
        BigDecimal gas = nonNegative(
                energy.quantityOr("natural_gas_kNm3", Unit.THOUSAND_NORMAL_CUBIC_METRES, BigDecimal.ZERO),
                "energy.natural_gas_kNm3");
        BigDecimal electricity = nonNegative(
                energy.quantityOr("electricity_MWh", Unit.MEGAWATT_HOUR, BigDecimal.ZERO), "energy.electricity_MWh");
        return new CarCnAappDataset(
                start,
                end,
                startupStart,
                startupEnd,
                fraction(constants.quantity("DE_baseline", Unit.FRACTION), "constants.DE_baseline"),
                constants.quantity("GWP_N2O", Unit.TONNE_CO2E_PER_TONNE),
                fraction(constants.quantity("bypass_substitute_cap", Unit.FRACTION), "constants.bypass_substitute_cap"),
                positive(production.quantity("adipic_acid_t", Unit.TONNE), "production.adipic_acid_t"),
                nonNegative(production.quantity("cap_t", Unit.TONNE), "production.cap_t"),
                gas,
                electricity,
                // a factor is asked for only when its activity is there
                gas.signum() == 0
                        ? BigDecimal.ZERO
                        : constants.quantity("NCV_NG_GJ_per_kNm3", Unit.GIGAJOULE_PER_THOUSAND_NORMAL_CUBIC_METRES),
                gas.signum() == 0
                        ? BigDecimal.ZERO
                        : constants.quantity("EF_CO2_NG_t_per_GJ", Unit.TONNE_CO2_PER_GIGAJOULE),
                electricity.signum() == 0
                        ? BigDecimal.ZERO
                        : constants.quantity("EF_grid_t_per_MWh", Unit.TONNE_CO2_PER_MEGAWATT_HOUR));
    }

    /** Whether a day of the period counts: it is outside start-up testing. */
    boolean credited(LocalDate day) {
        return startupStart == null || day.isBefore(startupStart) || day.isAfter(startupEnd);
    }
}
