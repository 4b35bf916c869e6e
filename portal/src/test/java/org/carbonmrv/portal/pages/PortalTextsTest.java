package org.carbonmrv.portal.pages;

import org.carbonmrv.api.calculation.FindingKind;
import org.carbonmrv.api.monitoring.view.QaFindingStatus;
import org.carbonmrv.api.monitoring.view.QaSeverity;
import org.carbonmrv.api.project.ProjectStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a page asks for is in both bundles, also those whose key is made from a status or an event. */
class PortalTextsTest {

    private static final Pattern STATIC_KEY = Pattern.compile("#\\{(portal\\.[A-Za-z.]+)[}(]");

    /** The texts the controllers name (what a form's outcome says). */
    private static final Pattern JAVA_KEY = Pattern.compile("\"(portal\\.[A-Za-z]+\\.[A-Za-z.]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortalTextsTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyTheTemplatesNameIsInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = STATIC_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    // a key's first part, completed in code (a status, an event), is covered below
                    if (!m.group(1).endsWith(".")) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (String kind : List.of("readings", "downtime")) {
            List.of("title", "help", "file", "store").forEach(t -> keys.add("portal.upload." + t + "." + kind));
        }
        Arrays.stream(WorkList.Kind.values()).forEach(k -> keys.add("portal.todo." + k));
        Arrays.stream(ProjectStatus.values()).forEach(s -> keys.add("portal.status." + s));
        List.of("PENDING", "ISSUED", "WITHDRAWN").forEach(s -> keys.add("portal.issuance.status." + s));
        List.of("OPEN", "SUSPENDED", "CLOSED").forEach(s -> keys.add("portal.account.status." + s));
        List.of("CALCULATED", "SUBMITTED", "APPROVED", "REJECTED").forEach(s -> keys.add("portal.report.status." + s));
        List.of("LIVE", "RETIRED", "CANCELLED").forEach(s -> keys.add("portal.serial." + s));
        List.of("LIVE", "RETIRED", "CANCELLED").forEach(s -> keys.add("portal.block." + s));
        Arrays.stream(QaSeverity.values()).forEach(v -> keys.add("portal.qa.severity." + v));
        Arrays.stream(QaFindingStatus.values()).forEach(v -> keys.add("portal.qa.status." + v));
        Arrays.stream(FindingKind.values()).forEach(k -> keys.add("portal.finding." + k));
        assertThat(HistorySummary.events()).hasSize(9);
        HistorySummary.events().forEach(e -> {
            keys.add("portal.event." + e);
            keys.add("portal.history.summary." + e);
        });
        List.of(
                        "project-owner",
                        "monitoring-operator",
                        "verifier",
                        "registry-admin",
                        "credit-holder",
                        "auditor",
                        "integrator",
                        "platform-operator")
                .forEach(r -> keys.add("portal.role." + r));
        assertThat(keys).hasSizeGreaterThan(40);
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties texts = bundle(bundle);
            assertThat(keys).as("keys missing in " + bundle).allMatch(texts::containsKey);
        }
    }
}
