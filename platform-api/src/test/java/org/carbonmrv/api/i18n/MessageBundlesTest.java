package org.carbonmrv.api.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The English and Chinese bundles say the same things: no key in one that the other lacks, none empty. */
class MessageBundlesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        assertThat(onlyEnglish).as("keys missing in messages_zh_CN.properties").isEmpty();
        assertThat(onlyChinese).as("keys missing in messages.properties").isEmpty();
        assertThat(english.stringPropertyNames())
                .isNotEmpty()
                .allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
        assertThat(chinese.stringPropertyNames())
                .allSatisfy(key -> assertThat(chinese.getProperty(key)).as(key).isNotBlank());
    }

    /** Names that are the same in every language: the formats a document comes in. */
    private static final Set<String> SAME_IN_BOTH = Set.of("portal.report.html");

    @Test
    void theChineseBundleIsWrittenInChinese() throws IOException {
        Properties chinese = bundle("messages_zh_CN.properties");
        Properties english = bundle("messages.properties");
        assertThat(chinese.stringPropertyNames())
                .filteredOn(key -> !chinese.getProperty(key).contains("SHA-256") && !SAME_IN_BOTH.contains(key))
                .allSatisfy(key -> assertThat(chinese.getProperty(key))
                        .as(key + " is the English text")
                        .isNotEqualTo(english.getProperty(key)));
    }
}
