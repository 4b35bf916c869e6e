package org.carbonmrv.platform.projects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

@AutoConfiguration
@ConditionalOnProperty("mrv.services.project-url")
public class ProjectDirectoryConfiguration {

    @Bean
    ProjectDirectory projectDirectory(RestClient.Builder builder, @Value("${mrv.services.project-url}") String url) {
        return new ProjectDirectory(builder.baseUrl(url).build());
    }
}
