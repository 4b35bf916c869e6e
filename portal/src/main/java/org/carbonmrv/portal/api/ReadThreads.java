package org.carbonmrv.portal.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.util.concurrent.ThreadPoolExecutor;

@Configuration
class ReadThreads {

    /**
     * The threads that carry a page's concurrent reads. No queue: a read goes to a free thread at
     * once, or, when all are busy, the request's own thread makes it. Under load a page is then never
     * slower than reading one call after another; a queue would make it wait behind other pages' reads.
     */
    @Bean
    ThreadPoolTaskExecutor apiReaders(@Value("${mrv.portal.api-readers:64}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("api-read-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(0);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        return executor;
    }
}
