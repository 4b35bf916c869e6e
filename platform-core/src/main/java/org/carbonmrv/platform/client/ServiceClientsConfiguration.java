package org.carbonmrv.platform.client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

@AutoConfiguration(after = {HttpClientAutoConfiguration.class, RestClientAutoConfiguration.class})
public class ServiceClientsConfiguration {

    @Bean
    ServiceClients serviceClients(RestClient.Builder builder, ObjectProvider<ServiceIdentity> identity) {
        return new ServiceClients(builder, identity::getIfAvailable);
    }

    @Bean
    @ConditionalOnProperty("mrv.identity.client-id")
    ServiceIdentity serviceIdentity(
            @Value("${mrv.identity.client-id}") String clientId,
            @Value("${mrv.identity.client-secret}") String clientSecret,
            @Value("${mrv.identity.token-uri}") String tokenUri,
            ClientHttpRequestFactoryBuilder<?> http,
            ClientHttpRequestFactorySettings timeouts) {
        return new ServiceIdentity(clientId, clientSecret, tokenUri, http.build(timeouts));
    }
}
