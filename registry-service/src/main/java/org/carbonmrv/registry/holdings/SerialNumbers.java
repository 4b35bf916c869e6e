package org.carbonmrv.registry.holdings;

/**
 * Renders a serial block for people: registry, unit type, vintage, project, then the first and
 * last serial, zero-padded so that blocks sort as text.
 */
final class SerialNumbers {

    private SerialNumbers() {
    }

    static String render(int vintage, String projectId, long start, long end) {
        String prefix = "CMRV-VCU-" + vintage + "-" + projectId.substring(0, Math.min(8, projectId.length())).toUpperCase() + "-";
        return prefix + pad(start) + " to " + prefix + pad(end);
    }

    private static String pad(long serial) {
        return String.format("%012d", serial);
    }
}
