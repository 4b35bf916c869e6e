package org.carbonmrv.platform.timing;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * Where a request's time went, as a W3C {@code Server-Timing} header: an operator sees it in the
 * browser's network panel, and the benchmark prints it. Steps are laps of one clock; work done in
 * parallel is recorded with its own duration.
 */
public final class ServerTiming {

    public static final String HEADER = "Server-Timing";

    private final StringJoiner entries = new StringJoiner(", ");
    private long mark = System.nanoTime();

    /**
     * A clock for the current request whose first lap, {@code before}, is the time from its arrival
     * to now: security, body parsing and anything else before the controller.
     */
    public static ServerTiming since(HttpServletRequest request) {
        ServerTiming timing = new ServerTiming();
        if (request.getAttribute(ArrivalFilter.ATTRIBUTE) instanceof Long arrived) {
            timing.mark = arrived;
            timing.lap("before");
        }
        return timing;
    }

    /** Records the time since the previous lap (or the start) under {@code name}. */
    public synchronized void lap(String name) {
        long now = System.nanoTime();
        record(name, now - mark);
        mark = now;
    }

    /** Records a duration measured elsewhere, e.g. a request made in parallel. */
    public synchronized void record(String name, long nanos) {
        entries.add(name + ";dur=" + String.format(Locale.ROOT, "%.1f", nanos / 1e6));
    }

    public synchronized String header() {
        return entries.toString();
    }
}
