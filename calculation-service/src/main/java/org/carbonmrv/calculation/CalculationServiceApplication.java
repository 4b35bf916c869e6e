package org.carbonmrv.calculation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CalculationServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(CalculationServiceApplication.class, args);
    }
}
