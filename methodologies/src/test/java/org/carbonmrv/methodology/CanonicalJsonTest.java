package org.carbonmrv.methodology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Digests already stored must stay valid: every scalar kind is written as Jackson's mapper writes it. */
class CanonicalJsonTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    /** How digests were written before scalars went straight to the generator. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Test
    void everyScalarKindIsWrittenAsTheMapperWritesIt() throws Exception {
        List<JsonNode> scalars = List.of(
                JSON.textNode("含 \"quotes\" \\ and\ttabs\u2028"),
                JSON.booleanNode(true),
                JSON.booleanNode(false),
                JSON.nullNode(),
                JSON.numberNode(-7),
                JSON.numberNode(1L << 40),
                JSON.numberNode(new BigInteger("123456789012345678901234567890")),
                JSON.numberNode(new BigDecimal("0.62857")),
                JSON.numberNode(new BigDecimal("1E-9")),
                JSON.numberNode(new BigDecimal("12300")),
                JSON.numberNode(new BigDecimal("1.2300E+5")),
                JSON.numberNode(0.1d),
                JSON.numberNode(2.5f));
        for (JsonNode scalar : scalars) {
            ObjectNode holder = JSON.objectNode().set("v", scalar);
            String expected = "{\"v\":" + MAPPER.writeValueAsString(scalar) + "}";
            assertThat(CanonicalJson.write(holder))
                    .as(scalar.getNodeType() + " " + scalar)
                    .isEqualTo(expected);
        }
    }

    @Test
    void rowsOfOneShapeAndOfAnotherAreEachSorted() {
        ObjectNode node = JSON.objectNode();
        var rows = node.putArray("rows");
        rows.addObject().put("b", 1).put("a", 2);
        rows.addObject().put("b", 3).put("a", 4);
        rows.addObject().put("c", 5).put("a", 6);
        rows.addObject().put("a", 7).put("b", 8);
        assertThat(CanonicalJson.write(node))
                .isEqualTo("{\"rows\":[{\"a\":2,\"b\":1},{\"a\":4,\"b\":3},{\"a\":6,\"c\":5},{\"a\":7,\"b\":8}]}");
    }

    @Test
    void keysAreSortedAtEveryDepthAndTheDigestIsOfTheseBytes() {
        ObjectNode node = JSON.objectNode();
        node.putObject("b").put("z", 1).put("a", "x");
        node.putArray("a").addObject().put("y", true).put("c", new BigDecimal("3.50"));
        assertThat(CanonicalJson.write(node))
                .isEqualTo("{\"a\":[{\"c\":3.50,\"y\":true}],\"b\":{\"a\":\"x\",\"z\":1}}");
        // printf '%s' '<the line above>' | sha256sum
        assertThat(CanonicalJson.sha256(node))
                .isEqualTo("2a6aa1ae885abbdb4dcf8611526cc05388aa8c72dcb70fab325af9af106206d9");
    }
}
