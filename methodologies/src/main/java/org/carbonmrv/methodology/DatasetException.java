package org.carbonmrv.methodology;

/**
 * The data set cannot be calculated: it names the field (a JSON path such as
 * {@code monthly[3].tail_gas_mass_t}) and the rule it breaks.
 */
public class DatasetException extends RuntimeException {

    private final String field;
    private final String rule;

    public DatasetException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
