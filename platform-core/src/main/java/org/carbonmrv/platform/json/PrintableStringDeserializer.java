package org.carbonmrv.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/**
 * Text of a JSON body holds no control characters but tab and line breaks: a NUL byte cannot be
 * stored by PostgreSQL at all, and the others hide text from the people who read it later.
 */
final class PrintableStringDeserializer extends StdScalarDeserializer<String> {

    static final String RULE = "must not contain control characters (only tab and line breaks)";

    PrintableStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = StringDeserializer.instance.deserialize(p, ctxt);
        if (text != null && !printable(text)) {
            return (String) ctxt.handleWeirdStringValue(String.class, text, RULE);
        }
        return text;
    }

    static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || (c >= 0x7F && c <= 0x9F)
                    || c == '\uFFFE'
                    || c == '\uFFFF') {
                return false;
            }
        }
        return true;
    }
}
