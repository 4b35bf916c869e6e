package org.carbonmrv.platform.timing;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * Where a request's time went, as a W3C {@code Server-Timing} header: an operator sees it in the
 * browser's network panel, and the benchmark prints it. The platform's own parts record into the
 * request's timing as they work (calls to other services, commands, stored data sets), so business
 * code never times itself; {@link ServerTimingAdvice} writes the header with the request's total.
 */
public final class ServerTiming {

    public static final String HEADER = "Server-Timing";

    /** Outside a request nothing is recorded. */
    private static final ServerTiming NONE = new ServerTiming(0);

    private final long arrived;
    private final StringJoiner entries = new StringJoiner(", ");

    ServerTiming(long arrived) {
        this.arrived = arrived;
    }

    /** The timing of the request being handled on this thread, or one that records nothing. */
    public static ServerTiming current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object timing =
                request == null ? null : request.getAttribute(ArrivalFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return timing instanceof ServerTiming t ? t : NONE;
    }

    /** Records that {@code name} (with what it did, {@code description}) took {@code nanos}. */
    public void record(String name, String description, long nanos) {
        if (this == NONE) {
            return;
        }
        String entry = name + (description == null ? "" : ";desc=\"" + description.replace("\"", "'") + "\"") + ";dur="
                + String.format(Locale.ROOT, "%.1f", nanos / 1e6);
        synchronized (entries) {
            entries.add(entry);
        }
    }

    /** What was recorded, then the time from the request's arrival (before security and body parsing) to now. */
    String header() {
        synchronized (entries) {
            StringJoiner header = new StringJoiner(", ");
            if (entries.length() > 0) {
                header.add(entries.toString());
            }
            header.add("total;dur=" + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - arrived) / 1e6));
            return header.toString();
        }
    }
}
