package org.carbonmrv.platform.client;

import org.carbonmrv.platform.problem.DependencyFailure;
import org.carbonmrv.platform.security.Actor;
import org.carbonmrv.platform.timing.ServerTiming;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.function.Supplier;

/**
 * Reads from another service of the platform, on behalf of the caller (with the caller's own
 * token, so the other service applies its rules to the caller) or on the service's own behalf
 * (with its {@link ServiceIdentity}). Every failure is told the caller in one way: a refusal by
 * the other service is {@link DependencyRefusal}, anything else a {@link DependencyFailure}. Each
 * call is an entry of the request's {@code Server-Timing}.
 */
public class ServiceClient {

    private final String service;
    private final RestClient client;
    private final Supplier<ServiceIdentity> identity;

    ServiceClient(String service, RestClient client, Supplier<ServiceIdentity> identity) {
        this.service = service;
        this.client = client;
        this.identity = identity;
    }

    /** GET {@code uri} with the caller's token; null when the other service answered no body. */
    public <T> T get(Actor caller, ParameterizedTypeReference<T> type, String uri, Object... variables) {
        return get(caller.token(), type, uri, variables);
    }

    /** GET {@code uri} as the service itself, for work no caller asked for. */
    public <T> T getAsService(ParameterizedTypeReference<T> type, String uri, Object... variables) {
        ServiceIdentity own = identity.get();
        if (own == null) {
            throw new IllegalStateException("no service identity configured (mrv.identity.client-id) to call the "
                    + service + " without a caller");
        }
        return get(own.token(), type, uri, variables);
    }

    private <T> T get(String token, ParameterizedTypeReference<T> type, String uri, Object... variables) {
        ServerTiming timing = ServerTiming.current();
        long started = System.nanoTime();
        try {
            return client.get()
                    .uri(uri, variables)
                    .headers(h -> h.setBearerAuth(token))
                    .retrieve()
                    .body(type);
        } catch (HttpClientErrorException e) {
            int status = e.getStatusCode().value();
            if (status == 401 || status == 403 || status == 404) {
                throw new DependencyRefusal(service, status);
            }
            throw DependencyFailure.of(service, e);
        } catch (RestClientException | HttpMessageNotReadableException e) {
            throw DependencyFailure.of(service, e);
        } finally {
            timing.record(service, uri, System.nanoTime() - started); // the template: no ids in a header
        }
    }
}
