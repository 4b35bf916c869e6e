package org.carbonmrv.methodology;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.api.quantity.Decimals;
import org.carbonmrv.api.quantity.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a data set field by field, naming the JSON path of any field that is missing, not a
 * decimal number, or in a unit that does not convert to the one the methodology needs.
 *
 * <p>A quantity is written either as a decimal string (or number), in the unit the field's name
 * states, or as {@code {"value": "39.3", "unit": "kg"}}, converted exactly to that unit.
 */
public final class DatasetReader {

    private final JsonNode node;
    /** The path of this node, or of its array when {@link #index} is one: built only when a refusal names it. */
    private final String path;

    private final int index;

    public DatasetReader(JsonNode node, String path) {
        this(node, path, -1);
    }

    private DatasetReader(JsonNode node, String path, int index) {
        this.node = node;
        this.path = path;
        this.index = index;
    }

    public static DatasetReader root(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new DatasetException("$", "the data set must be a JSON object");
        }
        return new DatasetReader(node, "");
    }

    public String path() {
        String full = fullPath();
        return full.isEmpty() ? "$" : full;
    }

    private String fullPath() {
        return index < 0 ? path : path + "[" + index + "]";
    }

    private String child(String name) {
        String full = fullPath();
        return full.isEmpty() ? name : full + "." + name;
    }

    public boolean has(String name) {
        return node.hasNonNull(name);
    }

    public DatasetReader object(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new DatasetException(child(name), "required");
        }
        if (!value.isObject()) {
            throw new DatasetException(child(name), "must be an object");
        }
        return new DatasetReader(value, child(name));
    }

    public List<DatasetReader> array(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new DatasetException(child(name), "required");
        }
        if (!value.isArray()) {
            throw new DatasetException(child(name), "must be an array");
        }
        List<DatasetReader> items = new ArrayList<>(value.size());
        String elements = child(name);
        for (int i = 0; i < value.size(); i++) {
            items.add(new DatasetReader(value.get(i), elements, i));
        }
        return items;
    }

    public String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new DatasetException(child(name), "required");
        }
        if (!value.isValueNode()) {
            throw new DatasetException(child(name), "must be text");
        }
        return value.asText();
    }

    /** An optional true/false field (a JSON boolean, or the text true or false); absent is false. */
    public boolean flag(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.isTextual() ? value.textValue().trim() : "";
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new DatasetException(child(name), "must be true or false");
        }
        return Boolean.parseBoolean(text);
    }

    public LocalDate date(String name) {
        String text = text(name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DatasetException(child(name), "'" + text + "' is not a date (yyyy-MM-dd)");
        }
    }

    public YearMonth month(String name) {
        String text = text(name);
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new DatasetException(child(name), "'" + text + "' is not a month (yyyy-MM)");
        }
    }

    /** A required quantity, converted to {@code unit}. */
    public BigDecimal quantity(String name, Unit unit) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new DatasetException(child(name), "required (" + unit.symbol() + ")");
        }
        if (value.isNumber()) {
            return value.decimalValue(); // the common case of a large data set: no path to build, nothing to parse
        }
        return quantityOf(value, child(name), unit);
    }

    public BigDecimal quantityOr(String name, Unit unit, BigDecimal fallback) {
        return has(name) ? quantity(name, unit) : fallback;
    }

    /** Every field of the object {@code name} as a quantity, keyed by field name, in document order. */
    public Map<String, BigDecimal> quantities(String name, Unit unit) {
        DatasetReader object = object(name);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Iterator<String> it = object.node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            values.put(key, object.quantity(key, unit));
        }
        return values;
    }

    /** The array {@code name} as quantities, in order. */
    public List<BigDecimal> quantityList(String name, Unit unit) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new DatasetException(child(name), "required");
        }
        if (!value.isArray()) {
            throw new DatasetException(child(name), "must be an array");
        }
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            values.add(quantityOf(value.get(i), child(name) + "[" + i + "]", unit));
        }
        return values;
    }

    private static BigDecimal quantityOf(JsonNode value, String field, Unit unit) {
        if (value.isObject()) {
            JsonNode amount = value.get("value");
            JsonNode unitNode = value.get("unit");
            if (amount == null || amount.isNull()) {
                throw new DatasetException(field + ".value", "required");
            }
            if (unitNode == null || unitNode.asText().isBlank()) {
                throw new DatasetException(field + ".unit", "required");
            }
            Unit given = Unit.fromSymbol(unitNode.asText())
                    .orElseThrow(
                            () -> new DatasetException(field + ".unit", "unknown unit '" + unitNode.asText() + "'"));
            if (!given.convertsTo(unit)) {
                throw new DatasetException(
                        field + ".unit", "unit '" + given.symbol() + "' does not convert to '" + unit.symbol() + "'");
            }
            return given.convert(decimal(amount, field + ".value"), unit);
        }
        return decimal(value, field);
    }

    private static BigDecimal decimal(JsonNode value, String field) {
        if (!value.isValueNode() || value.isBoolean()) {
            throw new DatasetException(field, "must be a decimal number");
        }
        String text = value.asText().trim();
        try {
            return value.isNumber() ? Decimals.bounded(value.decimalValue()) : Decimals.parse(text);
        } catch (NumberFormatException e) {
            throw new DatasetException(
                    field,
                    "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "' is not " + Decimals.RULE);
        }
    }
}
