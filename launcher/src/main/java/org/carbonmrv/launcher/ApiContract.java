package org.carbonmrv.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The platform's API as one OpenAPI document: the services' documents as the gateway serves them,
 * merged (a schema two services name alike but define differently, or an operation id they share,
 * is prefixed with the service's name) and written with sorted keys, so that the same API always
 * gives the same bytes. {@code api/openapi.json} is this document; the Java client is generated from
 * it, and an end-to-end test fails when the running platform's differs from it.
 */
public final class ApiContract {

    public static final List<String> SERVICES = List.of("projects", "monitoring", "calculations", "registry", "audit");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ApiContract() {}

    /** Fetches each service's document through the gateway and merges them. */
    public static JsonNode ofPlatform(MrvClient client) throws IOException, InterruptedException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String service : SERVICES) {
            MrvClient.Response answer = client.get("/api/" + service + "/api-docs", null);
            if (answer.status() != 200 || answer.body() == null) {
                throw new IOException("the OpenAPI of " + service + " answered " + answer.status());
            }
            documents.put(service, answer.body());
        }
        return merged(documents);
    }

    static JsonNode merged(Map<String, JsonNode> documents) {
        ObjectNode merged = JSON.createObjectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", "Carbon MRV");
        info.put("version", "1");
        info.put(
                "description",
                "The platform's API through its gateway; each operation names the security it needs and"
                        + " the problem details it can answer.");
        ObjectNode paths = JSON.createObjectNode();
        ObjectNode schemas = JSON.createObjectNode();
        ObjectNode securitySchemes = JSON.createObjectNode();
        ArrayNode tags = JSON.createArrayNode();
        Set<String> operationIds = new HashSet<>();
        Set<String> tagNames = new HashSet<>();
        documents.forEach((service, original) -> {
            String text = original.toString();
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            original.path("components").path("schemas").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> schema = it.next();
                JsonNode earlier = schemas.get(schema.getKey());
                if (earlier != null && !earlier.equals(schema.getValue())) {
                    String renamed = capitalised(service) + schema.getKey();
                    text = text.replace(
                            "\"#/components/schemas/" + schema.getKey() + "\"",
                            "\"#/components/schemas/" + renamed + "\"");
                }
            }
            JsonNode document = read(text);
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            original.path("components").path("schemas").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> schema = it.next();
                JsonNode earlier = schemas.get(schema.getKey());
                JsonNode rewritten = document.path("components").path("schemas").get(schema.getKey());
                String name = earlier != null && !earlier.equals(schema.getValue())
                        ? capitalised(service) + schema.getKey()
                        : schema.getKey();
                schemas.set(name, rewritten);
            }
            document.path("components")
                    .path("securitySchemes")
                    .fields()
                    .forEachRemaining(e -> securitySchemes.set(e.getKey(), e.getValue()));
            document.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
            document.path("paths").fields().forEachRemaining(path -> {
                path.getValue().fields().forEachRemaining(operation -> {
                    if (operation.getValue() instanceof ObjectNode op && op.hasNonNull("operationId")) {
                        String id = op.get("operationId").asText();
                        if (!operationIds.add(id)) {
                            op.put("operationId", service + capitalised(id));
                            operationIds.add(service + capitalised(id));
                        }
                    }
                });
                paths.set(path.getKey(), path.getValue());
            });
        });
        merged.set("tags", tags);
        merged.set("paths", paths);
        ObjectNode components = merged.putObject("components");
        components.set("schemas", schemas);
        components.set("securitySchemes", securitySchemes);
        return sorted(merged);
    }

    public static String text(JsonNode contract) {
        try {
            return JSON.writeValueAsString(contract) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code ./mrv openapi FILE}: writes the running platform's contract. */
    static int write(String[] args, MrvClient client) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: mrv openapi FILE (the running platform's API as one OpenAPI document)");
            return 2;
        }
        Files.writeString(Path.of(args[1]), text(ofPlatform(client)));
        System.out.println("the platform's OpenAPI written to " + args[1]);
        return 0;
    }

    /** The same tree with each object's keys in order (arrays keep theirs: they mean something). */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            node.fields().forEachRemaining(e -> fields.put(e.getKey(), sorted(e.getValue())));
            ObjectNode copy = JSON.createObjectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(sorted(item)));
            copy.addAll(items);
            return copy;
        }
        return node;
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
