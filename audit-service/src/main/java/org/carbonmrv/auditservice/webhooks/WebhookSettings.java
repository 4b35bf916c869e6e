package org.carbonmrv.auditservice.webhooks;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code mrv.webhooks.*}: the first retry's delay (doubled at each failure, with jitter, up to
 * {@code longestRetry}), how long an endpoint may fail before it is disabled, how long a rotated
 * secret stays valid, and a receiver's time to answer.
 */
@ConfigurationProperties("mrv.webhooks")
record WebhookSettings(
        Duration firstRetry,
        Duration longestRetry,
        Duration giveUpAfter,
        Duration rotatedSecretValid,
        Duration answerWithin) {}
