package org.carbonmrv.platform.projects;

import org.carbonmrv.platform.client.ServiceClients;
import org.carbonmrv.platform.client.ServiceClientsConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

@AutoConfiguration(after = ServiceClientsConfiguration.class)
@ConditionalOnProperty("mrv.services.project-url")
public class ProjectDirectoryConfiguration {

    @Bean
    ProjectDirectory projectDirectory(ServiceClients clients, @Value("${mrv.services.project-url}") String url) {
        return new ProjectDirectory(clients.of("project-service", url));
    }
}
