package org.carbonmrv.platform.problem;

import java.sql.SQLException;
import java.util.Map;

/** PostgreSQL refusing a value (too long for its column, a NUL byte, a bad encoding), told as the rule it broke. */
final class StoredValueRefusal {

    private static final Map<String, String> RULES = Map.of(
            "22001", "a text is longer than its field allows",
            "22021", "a text holds a character that cannot be stored (NUL or invalid UTF-8)",
            "22P05", "a text holds a character that cannot be stored (NUL)",
            "22003", "a number is out of the range its field allows");

    private StoredValueRefusal() {}

    /** The rule, or null when {@code e} is not such a refusal. */
    static String rule(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && RULES.containsKey(sql.getSQLState())) {
                return RULES.get(sql.getSQLState());
            }
        }
        return null;
    }
}
