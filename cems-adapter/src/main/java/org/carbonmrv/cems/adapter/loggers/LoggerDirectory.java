package org.carbonmrv.cems.adapter.loggers;

import org.carbonmrv.cems.adapter.forwarding.MonitoringClient;
import org.carbonmrv.cems.logger.LoggerPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The registered loggers, as the monitoring-service lists them, read again every few seconds and
 * whenever an unknown MN sends (at most once a second, so a stranger's frames cannot make
 * the adapter hammer the service). A password is checked against its PBKDF2 hash once and then
 * remembered with the hash it matched, so a new registration (a new password) takes effect at
 * the next refresh.
 */
@Component
public class LoggerDirectory {

    /** Whether a frame's MN and PW are a registered logger's. */
    public enum Check {
        ACCEPTED,
        UNKNOWN_MN,
        WRONG_PASSWORD,
        /** The list of loggers could not be read: nothing can be accepted or refused for good now. */
        UNAVAILABLE
    }

    private static final Logger log = LoggerFactory.getLogger(LoggerDirectory.class);
    private static final Duration UNKNOWN_REFRESH = Duration.ofSeconds(1);

    private final MonitoringClient monitoring;
    private volatile Map<String, String> hashes;
    private volatile Instant refreshedAt = Instant.MIN;
    private final Map<String, String> checked = new ConcurrentHashMap<>();

    LoggerDirectory(MonitoringClient monitoring) {
        this.monitoring = monitoring;
    }

    public Check check(String mn, String password) {
        if (mn == null || mn.isEmpty()) {
            return Check.UNKNOWN_MN;
        }
        if (password == null) {
            return Check.WRONG_PASSWORD;
        }
        Map<String, String> known = hashes;
        if (known == null
                || (!known.containsKey(mn) && refreshedAt.plus(UNKNOWN_REFRESH).isBefore(Instant.now()))) {
            refresh();
            known = hashes;
        }
        if (known == null) {
            return Check.UNAVAILABLE;
        }
        String hash = known.get(mn);
        if (hash == null) {
            return Check.UNKNOWN_MN;
        }
        String key = mn + "\u0000" + password;
        if (hash.equals(checked.get(key))) {
            return Check.ACCEPTED;
        }
        if (LoggerPassword.matches(password, hash)) {
            checked.put(key, hash);
            return Check.ACCEPTED;
        }
        return Check.WRONG_PASSWORD;
    }

    @Scheduled(fixedDelayString = "PT15S")
    synchronized void refresh() {
        try {
            hashes = monitoring.credentials().stream()
                    .collect(Collectors.toUnmodifiableMap(
                            MonitoringClient.Credentials::mn, MonitoringClient.Credentials::passwordHash));
        } catch (IOException | RuntimeException e) {
            log.warn("cannot read the registered data loggers: {}", e.toString());
        } finally {
            refreshedAt = Instant.now();
        }
    }
}
