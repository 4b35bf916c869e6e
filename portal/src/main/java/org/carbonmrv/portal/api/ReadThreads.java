package org.carbonmrv.portal.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.util.concurrent.ThreadPoolExecutor;

@Configuration
class ReadThreads {

    /**
     * The threads that carry a page's concurrent reads. When all are busy and the queue is full, the
     * request's own thread reads: the page gets slower under load, it never fails for want of a thread.
     */
    @Bean
    ThreadPoolTaskExecutor apiReaders(@Value("${mrv.portal.api-readers:32}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("api-read-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(threads * 4);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        return executor;
    }
}
