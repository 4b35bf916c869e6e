package org.carbonmrv.cems.adapter.inbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The frames of registered loggers, stored (committed) before they are answered. A frame repeated
 * by its logger (the same MN, command and DataTime) is stored once. A new minute (2051) or hour
 * (2061) opens its hour for forwarding unless the hour was already forwarded: data that arrives
 * after its hour went is kept here but not sent again (the owner corrects a recorded hour through
 * the monitoring-service's corrections).
 */
@Component
public class FrameInbox {

    public static final String MINUTE_DATA = "2051";
    public static final String HOURLY_DATA = "2061";

    /** What storing a frame did. */
    public enum Stored {
        NEW,
        REPEATED,
        /** New, but its hour was already forwarded. */
        LATE
    }

    /** A stored frame of one hour, for forwarding. */
    public record StoredFrame(String cn, LocalDateTime dataTime, String segment) {}

    private final JdbcTemplate jdbc;

    FrameInbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Stored store(String mn, String cn, LocalDateTime dataTime, String qn, String segment) {
        int inserted = jdbc.update(
                "INSERT INTO frames (mn, cn, data_time, qn, segment) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                mn,
                cn,
                dataTime,
                qn,
                segment);
        if (inserted == 0) {
            return Stored.REPEATED;
        }
        jdbc.update("""
                INSERT INTO logger_clocks (mn, latest) VALUES (?, ?)
                ON CONFLICT (mn) DO UPDATE SET latest = greatest(logger_clocks.latest, EXCLUDED.latest)""", mn, dataTime);
        if (!cn.equals(MINUTE_DATA) && !cn.equals(HOURLY_DATA)) {
            return Stored.NEW;
        }
        LocalDateTime hour = dataTime.truncatedTo(ChronoUnit.HOURS);
        boolean minute = cn.equals(MINUTE_DATA);
        // the hour first, then whether it went: an upsert that waited for the forwarder's settling sees its outcome
        jdbc.update("""
                INSERT INTO open_hours (mn, hour, minutes, hourly) VALUES (?, ?, ?, ?)
                ON CONFLICT (mn, hour) DO UPDATE SET minutes = open_hours.minutes + EXCLUDED.minutes,
                    hourly = open_hours.hourly OR EXCLUDED.hourly, last_frame_at = now()""", mn, hour, minute ? 1 : 0, !minute);
        Integer forwarded = jdbc.queryForObject(
                "SELECT count(*) FROM hour_outcomes WHERE mn = ? AND hour = ? AND outcome = 'recorded'",
                Integer.class,
                mn,
                hour);
        if (forwarded != null && forwarded > 0) {
            jdbc.update("DELETE FROM open_hours WHERE mn = ? AND hour = ?", mn, hour);
            return Stored.LATE;
        }
        return Stored.NEW;
    }

    /** An hour with data whose logger has finished with it. */
    public record ClosedHour(String mn, LocalDateTime hour) {}

    /**
     * The open hours that are closed: the logger sent its hourly value (which it sends after the
     * hour's minutes), or data at least {@code closeAfterSeconds} past the hour's end, or nothing for
     * the hour for {@code idleSeconds}. Sixty minutes alone do not close an hour: its hourly value
     * follows them, and an hour sent without it would be sent again with it.
     */
    public List<ClosedHour> closedHours(long closeAfterSeconds, long idleSeconds, int atMost) {
        return jdbc.query(
                """
                SELECT o.mn, o.hour FROM open_hours o JOIN logger_clocks c ON c.mn = o.mn
                WHERE o.hourly
                   OR c.latest >= o.hour + interval '1 hour' + make_interval(secs => ?)
                   OR o.last_frame_at < now() - make_interval(secs => ?)
                ORDER BY o.hour, o.mn LIMIT ?""",
                (rs, i) -> new ClosedHour(rs.getString("mn"), rs.getObject("hour", LocalDateTime.class)),
                closeAfterSeconds,
                idleSeconds,
                atMost);
    }

    /** The hour's minute and hourly frames, in order of DataTime. */
    public List<StoredFrame> framesOf(String mn, LocalDateTime hour) {
        return jdbc.query(
                """
                SELECT cn, data_time, segment FROM frames
                WHERE mn = ? AND cn IN ('2051', '2061') AND data_time >= ? AND data_time < ?
                ORDER BY data_time, cn""",
                (rs, i) -> new StoredFrame(
                        rs.getString("cn"), rs.getObject("data_time", LocalDateTime.class), rs.getString("segment")),
                mn,
                hour,
                hour.plusHours(1));
    }

    /** The hour is done with: its outcome logged, its entry in the work list gone. */
    @Transactional
    public void settle(ClosedHour hour, String outcome, String batchId, String detail) {
        jdbc.update(
                "INSERT INTO hour_outcomes (mn, hour, outcome, batch_id, detail) VALUES (?, ?, ?, ?, ?)",
                hour.mn(),
                hour.hour(),
                outcome,
                batchId,
                detail);
        jdbc.update("DELETE FROM open_hours WHERE mn = ? AND hour = ?", hour.mn(), hour.hour());
    }

    public long openHours() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM open_hours", Long.class);
        return n == null ? 0 : n;
    }
}
