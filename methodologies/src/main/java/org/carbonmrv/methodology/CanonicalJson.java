package org.carbonmrv.methodology;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.carbonmrv.api.Sha256;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The digest of a data set: SHA-256 over its JSON with object keys sorted and no white space, so
 * the same content always gives the same digest wherever it was written.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CanonicalJson() {}

    public static String write(JsonNode node) {
        return new String(bytes(node), StandardCharsets.UTF_8);
    }

    /** The canonical UTF-8 bytes: what the digest is taken over, and what a content-addressed store keeps. */
    public static byte[] bytes(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            writeSorted(node, generator, new KeyOrder());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public static String sha256(JsonNode node) {
        return sha256(bytes(node));
    }

    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /** Writes objects with their keys in order, without copying the tree: data sets hold 50,000 values and more. */
    private static void writeSorted(JsonNode node, JsonGenerator out, KeyOrder order) throws IOException {
        if (node.isObject()) {
            out.writeStartObject();
            for (String name : order.sorted(node)) {
                out.writeFieldName(name);
                writeSorted(node.get(name), out, order);
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode element : node) {
                writeSorted(element, out, order);
            }
            out.writeEndArray();
        } else {
            writeScalar(node, out);
        }
    }

    /** A data set's rows repeat their keys (an hour has the same eleven): each run of one shape is sorted once. */
    private static final class KeyOrder {

        private String[] names = new String[0];
        private String[] sorted = names;

        String[] sorted(JsonNode object) {
            String[] these = new String[object.size()];
            int i = 0;
            for (var it = object.fieldNames(); it.hasNext(); ) {
                these[i++] = it.next();
            }
            if (!Arrays.equals(these, names)) {
                names = these;
                sorted = these.clone();
                Arrays.sort(sorted);
            }
            return sorted;
        }
    }

    /**
     * A scalar written straight to the generator, exactly as the mapper writes it: a data set holds
     * 100,000 scalars, and the mapper's path sets up a serializer and flushes for each.
     */
    static void writeScalar(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> out.writeNumber(node.intValue());
                    case LONG -> out.writeNumber(node.longValue());
                    case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
                    case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
                    case FLOAT -> out.writeNumber(node.floatValue());
                    case DOUBLE -> out.writeNumber(node.doubleValue());
                }
            }
            default -> MAPPER.writeTree(out, node);
        }
    }
}
