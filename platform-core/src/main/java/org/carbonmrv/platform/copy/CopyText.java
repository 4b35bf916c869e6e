package org.carbonmrv.platform.copy;

/** A value as a field of PostgreSQL's {@code COPY ... FROM STDIN} text format. */
public final class CopyText {

    private CopyText() {}

    /** The text with the format's special characters escaped. */
    public static String escape(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
