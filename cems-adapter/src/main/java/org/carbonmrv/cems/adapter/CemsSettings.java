package org.carbonmrv.cems.adapter;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** {@code mrv.cems.*}: where loggers connect, and when an hour counts as closed (application.yml says why). */
@ConfigurationProperties("mrv.cems")
public record CemsSettings(
        int port,
        String bindAddress,
        Duration closeAfter,
        Duration idleClose,
        Duration forwardEvery,
        Duration readIdle) {}
