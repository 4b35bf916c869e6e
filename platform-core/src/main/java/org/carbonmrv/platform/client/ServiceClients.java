package org.carbonmrv.platform.client;

import org.springframework.web.client.RestClient;

import java.util.function.Supplier;

/**
 * Makes the {@link ServiceClient} of each service this one reads from, on the application's
 * {@code RestClient.Builder}: its message converters and the platform's short connect and read
 * timeouts ({@code spring.http.client}).
 */
public class ServiceClients {

    private final RestClient.Builder builder;
    private final Supplier<ServiceIdentity> identity;

    /** @param identity the service's identity, or null when it has none (it then reads only for callers) */
    public ServiceClients(RestClient.Builder builder, Supplier<ServiceIdentity> identity) {
        this.builder = builder;
        this.identity = identity;
    }

    public ServiceClient of(String service, String baseUrl) {
        return new ServiceClient(service, builder.clone().baseUrl(baseUrl).build(), identity);
    }
}
