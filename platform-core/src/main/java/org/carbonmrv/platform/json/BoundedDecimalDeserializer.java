package org.carbonmrv.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import org.carbonmrv.api.quantity.Decimals;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Every decimal of a JSON body, number or string, is read through {@link Decimals#parseExchanged}:
 * bounded before any arithmetic. Reported values are held to the stricter {@link Decimals#parse} where they are checked.
 */
final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    BoundedDecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT
                || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_STRING) {
            String text = p.getText();
            try {
                return Decimals.parseExchanged(text);
            } catch (NumberFormatException e) {
                return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, e.getMessage());
            }
        }
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }
}
