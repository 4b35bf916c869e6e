package org.carbonmrv.cems.adapter.forwarding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.carbonmrv.cems.adapter.CemsSettings;
import org.carbonmrv.cems.adapter.inbox.FrameInbox;
import org.carbonmrv.cems.protocol.CpData;
import org.carbonmrv.cems.protocol.DataSegment;
import org.carbonmrv.cems.validity.DerivedHour;
import org.carbonmrv.cems.validity.MinuteValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends each closed logger-hour to the monitoring-service as one batch: per pollutant code the
 * hour derived from the minutes (HJ 75) beside the logger's own hourly value. An hour the service
 * stored or refused for good is settled (its outcome logged); one it could not take now (down,
 * overloaded, no token) stays open and is sent again at the next round, which the service
 * answers idempotently.
 */
@Component
public class HourForwarder {

    private static final Logger log = LoggerFactory.getLogger(HourForwarder.class);
    private static final int ROUND = 200;

    /** An hour as the monitoring-service takes it: per pollutant code, as derived ({@link DerivedHour}). */
    record Hour(LocalDateTime hour, List<DerivedHour> channels) {}

    private final FrameInbox inbox;
    private final MonitoringClient monitoring;
    private final CemsSettings settings;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    HourForwarder(
            FrameInbox inbox,
            MonitoringClient monitoring,
            CemsSettings settings,
            ObjectMapper json,
            MeterRegistry metrics) {
        this.inbox = inbox;
        this.monitoring = monitoring;
        this.settings = settings;
        this.json = json;
        this.metrics = metrics;
        metrics.gauge("cems.hours.open", inbox, FrameInbox::openHours);
    }

    /** What became of one attempt to send an hour. */
    enum Sent {
        SETTLED,
        /** The service failed on this hour (5xx): the logger's later hours wait, the other loggers go on. */
        FAILED,
        /** The service cannot be reached or gives no token: the round ends. */
        UNREACHABLE
    }

    @Scheduled(fixedDelayString = "${mrv.cems.forward-every}")
    public void forwardClosedHours() {
        List<FrameInbox.ClosedHour> closed = inbox.closedHours(
                settings.closeAfter().toSeconds(), settings.idleClose().toSeconds(), ROUND);
        Set<String> waiting = new HashSet<>();
        for (FrameInbox.ClosedHour hour : closed) {
            if (waiting.contains(hour.mn())) {
                continue;
            }
            Sent sent = forward(hour);
            if (sent == Sent.UNREACHABLE) {
                return;
            }
            if (sent == Sent.FAILED) {
                waiting.add(hour.mn());
            }
        }
    }

    Sent forward(FrameInbox.ClosedHour closed) {
        Hour hour;
        try {
            hour = derive(closed.hour(), inbox.framesOf(closed.mn(), closed.hour()));
        } catch (RuntimeException e) {
            settle(closed, "refused", null, "the stored frames cannot be read as an hour: " + e.getMessage());
            return Sent.SETTLED;
        }
        if (hour.channels().isEmpty()) {
            settle(closed, "refused", null, "no pollutant values in the hour's frames");
            return Sent.SETTLED;
        }
        try {
            MonitoringClient.Answer answer = monitoring.recordHour(closed.mn(), hour);
            if (answer.stored()) {
                JsonNode body = json.readTree(answer.body());
                settle(closed, "recorded", body.path("batchId").asText(null), answer.body());
                return Sent.SETTLED;
            }
            if (answer.refused()) {
                log.warn(
                        "hour {} of logger {} refused ({}): {}",
                        closed.hour(),
                        closed.mn(),
                        answer.status(),
                        answer.body());
                settle(closed, "refused", null, answer.status() + " " + answer.body());
                return Sent.SETTLED;
            }
            log.warn(
                    "the monitoring-service answered {} for hour {} of logger {}; sent again later",
                    answer.status(),
                    closed.hour(),
                    closed.mn());
            metrics.counter("cems.hours", "outcome", "retried").increment();
            return Sent.FAILED;
        } catch (IOException e) {
            log.warn("cannot send hour {} of logger {} now: {}", closed.hour(), closed.mn(), e.toString());
            metrics.counter("cems.hours", "outcome", "retried").increment();
            return Sent.UNREACHABLE;
        }
    }

    private void settle(FrameInbox.ClosedHour closed, String outcome, String batchId, String detail) {
        inbox.settle(closed, outcome, batchId, detail);
        metrics.counter("cems.hours", "outcome", outcome).increment();
    }

    /** The hour's channels from its stored minute (2051) and hourly (2061) frames. */
    static Hour derive(LocalDateTime hour, List<FrameInbox.StoredFrame> frames) {
        Map<String, List<MinuteValue>> minutes = new LinkedHashMap<>();
        Map<String, Map<String, String>> hourly = new LinkedHashMap<>();
        for (FrameInbox.StoredFrame frame : frames) {
            CpData cp = CpData.parse(DataSegment.parse(frame.segment()).cp());
            cp.pollutants().forEach((code, fields) -> {
                if (frame.cn().equals(FrameInbox.MINUTE_DATA)) {
                    minutes.computeIfAbsent(code, c -> new ArrayList<>())
                            .add(new MinuteValue(frame.dataTime(), decimal(fields.get("Avg")), fields.get("Flag")));
                } else {
                    hourly.put(code, fields);
                }
            });
        }
        List<DerivedHour> channels = new ArrayList<>();
        List<String> codes = new ArrayList<>(minutes.keySet());
        hourly.keySet().stream().filter(c -> !minutes.containsKey(c)).forEach(codes::add);
        for (String code : codes) {
            Map<String, String> own = hourly.getOrDefault(code, Map.of());
            BigDecimal loggerValue = decimal(own.get("Avg"));
            List<MinuteValue> its = minutes.getOrDefault(code, List.of());
            if (its.isEmpty() && loggerValue == null) {
                continue;
            }
            channels.add(DerivedHour.of(code, hour, its, loggerValue, own.get("Flag")));
        }
        return new Hour(hour, channels);
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null; // a minute without a readable value counts as no value, not as a broken hour
        }
    }
}
