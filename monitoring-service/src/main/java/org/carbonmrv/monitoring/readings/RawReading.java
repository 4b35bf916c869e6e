package org.carbonmrv.monitoring.readings;

/** One row of an upload as the client wrote it, before any checking; row numbers start at 1. */
record RawReading(
        int row, String parameter, String source, String from, String to, String value, String unit, String quality) {}
