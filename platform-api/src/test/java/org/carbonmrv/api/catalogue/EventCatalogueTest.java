package org.carbonmrv.api.catalogue;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/events.md}, the schema of every kind of event that the feed and the webhooks carry,
 * is made from the event records themselves (their fields, types, revision and Javadoc), so it
 * cannot drift from what is sent. When an event changes, this test fails until the page is written
 * again: {@code mvn -pl platform-api test -Dtest=EventCatalogueTest -Dmrv.write-docs=true}.
 */
class EventCatalogueTest {

    private static final Path SOURCES = Path.of("src/main/java/org/carbonmrv/api");
    private static final Path PAGE = Path.of("../docs/events.md");
    private static final Pattern JAVADOC = Pattern.compile(
            "/\\*\\*(.*?)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*public (?:record|enum) (\\w+)", Pattern.DOTALL);

    @Test
    void theEventsPageDescribesEveryEventAsItIsSent() throws Exception {
        String expected = page();
        if (Boolean.getBoolean("mrv.write-docs")) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(PAGE)).as("docs/events.md exists").isTrue();
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("docs/events.md is the events as they are; write it again with -Dmrv.write-docs=true")
                .isEqualTo(expected);
    }

    @Test
    void everyEventHasARevisionAndADescription() throws Exception {
        for (Class<?> event : events()) {
            assertThat(event.getAnnotation(Revision.class))
                    .as(event.getSimpleName())
                    .isNotNull();
            assertThat(description(event)).as(event.getSimpleName()).isNotBlank();
        }
    }

    private static String page() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("""
                # Events

                Every kind of event of the platform, as the event feed (`GET /api/events`) and the webhooks
                carry it. A feed entry is a CloudEvents 1.0 event (JSON format): `type` is `org.carbonmrv.`
                and the kind below, `subject` the project, `source` the aggregate, `sequence` the cursor,
                `data` the event's fields below. A webhook's body is `{"type": "<kind>", "timestamp": "...",
                "data": <the CloudEvent>}`; a webhook endpoint subscribes to kinds by these names.

                An event's fields are stable for its revision: a change of them is a new revision, and older
                events are read as the new one (upcast) in the platform's own stores. Fields are added at the
                end; a receiver ignores fields it does not know. JSON: `String` a string, `long` and `int` a
                number, `BigDecimal` an exact decimal number (its scale kept, never a float: read it as a
                decimal), `LocalDate` `"2019-12-31"`, `LocalDateTime` `"2019-12-31T23:00:00"` (the project's
                local time), `Instant` an ISO-8601 UTC time, `List<…>` an array, `Map<String, String>` an
                object, enums the constant's name, and the records of the last section objects.

                This page is made from the event records by `EventCatalogueTest`, which fails when it differs
                from them.
                """);
        TreeMap<String, List<Class<?>>> byContext = new TreeMap<>();
        for (Class<?> event : events()) {
            byContext
                    .computeIfAbsent(context(event), c -> new java.util.ArrayList<>())
                    .add(event);
        }
        Set<Class<?>> shared = new LinkedHashSet<>();
        for (var context : byContext.entrySet()) {
            out.append("\n## ").append(context.getKey()).append("\n");
            for (Class<?> event : context.getValue()) {
                out.append("\n### ").append(event.getSimpleName()).append("\n\n");
                out.append(description(event))
                        .append(" Revision ")
                        .append(event.getAnnotation(Revision.class).value())
                        .append(".\n\n");
                fields(out, event, shared);
            }
        }
        out.append("\n## Types used in the events\n");
        Set<Class<?>> done = new LinkedHashSet<>();
        while (!shared.isEmpty()) {
            Class<?> type = shared.iterator().next();
            shared.remove(type);
            if (!done.add(type)) {
                continue;
            }
            out.append("\n### ").append(type.getSimpleName()).append("\n\n");
            String description = description(type);
            if (!description.isBlank()) {
                out.append(description).append("\n\n");
            }
            if (type.isEnum()) {
                out.append("One of ")
                        .append(Arrays.stream(type.getEnumConstants())
                                .map(c -> "`" + ((Enum<?>) c).name() + "`")
                                .collect(Collectors.joining(", ")))
                        .append(".\n");
            } else {
                Set<Class<?>> more = new LinkedHashSet<>();
                fields(out, type, more);
                more.removeAll(done);
                shared.addAll(more);
            }
        }
        return out.toString();
    }

    private static void fields(StringBuilder out, Class<?> record, Set<Class<?>> shared) {
        out.append("| field | type |\n| --- | --- |\n");
        for (RecordComponent component : record.getRecordComponents()) {
            out.append("| `")
                    .append(component.getName())
                    .append("` | `")
                    .append(typeName(component.getGenericType(), shared))
                    .append("` |\n");
        }
    }

    private static String typeName(Type type, Set<Class<?>> shared) {
        if (type instanceof ParameterizedType parameterized) {
            return typeName(parameterized.getRawType(), shared) + "<"
                    + Arrays.stream(parameterized.getActualTypeArguments())
                            .map(t -> typeName(t, shared))
                            .collect(Collectors.joining(", "))
                    + ">";
        }
        Class<?> raw = (Class<?>) type;
        if (raw.getName().startsWith("org.carbonmrv.api.") && (raw.isRecord() || raw.isEnum())) {
            shared.add(raw);
        }
        return raw.getSimpleName();
    }

    private static List<Class<?>> events() throws IOException, ClassNotFoundException {
        List<Class<?>> events = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Event.java"))
                    .sorted()
                    .toList()) {
                String name = "org.carbonmrv.api."
                        + SOURCES.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                Class<?> type = Class.forName(name);
                if (type.isRecord()) {
                    events.add(type);
                }
            }
        }
        return events;
    }

    private static String context(Class<?> event) {
        String pkg = event.getPackageName().substring("org.carbonmrv.api.".length());
        return switch (pkg) {
            case "project" -> "Projects (project-service)";
            case "monitoring" -> "Monitoring (monitoring-service)";
            case "calculation" -> "Calculation and verification (calculation-service)";
            case "registry" -> "Registry (registry-service)";
            default -> pkg;
        };
    }

    /** The type's Javadoc as one paragraph, its tags and markup left out. */
    private static String description(Class<?> type) throws IOException {
        Path file = SOURCES.resolve(
                type.getName().substring("org.carbonmrv.api.".length()).replace('.', '/') + ".java");
        if (!Files.exists(file)) {
            return "";
        }
        Matcher javadoc = JAVADOC.matcher(Files.readString(file));
        while (javadoc.find()) {
            if (javadoc.group(2).equals(type.getSimpleName())) {
                String text = Arrays.stream(javadoc.group(1).split("\n"))
                        .map(line -> line.replaceFirst("^\\s*\\*\\s?", "").trim())
                        .takeWhile(line -> !line.startsWith("@"))
                        .collect(Collectors.joining(" "))
                        .replaceAll("<p>", " ")
                        .replaceAll("\\{@(?:code|link|linkplain) ([^}]*)}", "`$1`")
                        .replaceAll("\\s+", " ")
                        .trim();
                return text;
            }
        }
        return "";
    }
}
