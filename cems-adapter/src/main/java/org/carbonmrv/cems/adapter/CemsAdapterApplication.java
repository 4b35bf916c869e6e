package org.carbonmrv.cems.adapter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The platform's HJ 212 upper computer: data loggers connect over TCP; their frames are stored and
 * answered, and their closed hours go to the monitoring-service as batches of the project owner.
 */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class CemsAdapterApplication {

    public static void main(String[] args) {
        SpringApplication.run(CemsAdapterApplication.class, args);
    }
}
