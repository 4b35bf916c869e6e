package org.carbonmrv.platform.timing;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

@AutoConfiguration
@Import(ServerTimingAdvice.class)
public class TimingConfiguration {

    @Bean
    FilterRegistrationBean<ArrivalFilter> arrivalFilter() {
        FilterRegistrationBean<ArrivalFilter> registration = new FilterRegistrationBean<>(new ArrivalFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    SmartInitializingSingleton commandTiming(CommandBus commandBus) {
        return () -> commandBus.registerHandlerInterceptor(new CommandTiming());
    }
}
