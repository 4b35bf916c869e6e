package org.carbonmrv.platform.testsupport;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Many requests at the same moment, each on its own thread (as a servlet container serves them):
 * the statuses they were answered with, in order.
 */
public final class ConcurrentRequests {

    private ConcurrentRequests() {}

    /** {@code request} makes each request anew: request builders are not shared between threads. */
    public static List<Integer> statuses(MockMvc http, int concurrent, Supplier<RequestBuilder> request)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(concurrent);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < concurrent; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return http.perform(request.get()).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }
}
