package org.carbonmrv.api.monitoring;

/**
 * What a data logger's pollutant code stands for in the monitoring plan: the plan parameter its
 * values are readings of, the unit the logger reports them in, and the meter (analyser) that
 * measures them, whose calibrations the register holds.
 */
public record DataLoggerChannel(String code, String parameter, String unit, String meterSerial) {}
