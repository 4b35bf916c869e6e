package org.carbonmrv.portal.api;

import org.springframework.core.ParameterizedTypeReference;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * A page's reads of the API, sent side by side so that the page waits for the slowest, not for
 * their sum. Each {@link Read} is taken with {@link Read#value()}, which fails as
 * {@link PlatformApi#get} would have (not visible, too many requests, the API's error).
 */
public final class Reads {

    private final PlatformApi api;
    private final Optional<String> token;
    private final Executor readers;

    Reads(PlatformApi api, Optional<String> token, Executor readers) {
        this.api = api;
        this.token = token;
        this.readers = readers;
    }

    public <T> Read<T> get(ParameterizedTypeReference<T> type, String path, Object... variables) {
        return new Read<>(CompletableFuture.supplyAsync(() -> api.get(token, type, path, variables), readers));
    }

    /** One read on its way. */
    public static final class Read<T> {

        private final CompletableFuture<T> answer;

        private Read(CompletableFuture<T> answer) {
            this.answer = answer;
        }

        public T value() {
            try {
                return answer.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException refused) {
                    throw refused;
                }
                throw e;
            }
        }
    }
}
