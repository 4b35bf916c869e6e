package org.carbonmrv.portal.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Writes a value as JSON for a page's data attribute (Thymeleaf escapes it as an attribute value). */
@Component("jsonWriter")
class JsonWriter {

    private final ObjectMapper json;

    JsonWriter(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) throws JsonProcessingException {
        return json.writeValueAsString(value);
    }
}
