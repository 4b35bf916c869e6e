package org.carbonmrv.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Decimals stay exact end to end: read JSON numbers as BigDecimal, never print them in
 * scientific notation, and refuse unknown fields so a misspelt field is not silently dropped.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration")
public class JsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer exactDecimals() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
