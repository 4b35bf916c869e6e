package org.carbonmrv.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import java.math.BigDecimal;

/**
 * Decimals stay exact end to end: read JSON numbers as BigDecimal, within bounds, never print
 * them in scientific notation, and refuse unknown fields so a misspelt field is not silently
 * dropped.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration")
public class JsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer exactDecimals() {
        return builder -> builder.featuresToEnable(
                        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                // 1.5 credits is not 1 credit: a fraction where a whole number is due is refused, not truncated
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .deserializerByType(BigDecimal.class, new BoundedDecimalDeserializer())
                .deserializerByType(String.class, new PrintableStringDeserializer());
    }
}
