package org.carbonmrv.cems.adapter.inbox;

import org.carbonmrv.platform.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox against a real PostgreSQL: a frame stored once, hours opened, closed and settled by the rules. */
class FrameInboxIT {

    private static JdbcTemplate jdbc;
    private static FrameInbox inbox;
    private static final LocalDateTime HOUR = LocalDateTime.of(2024, 5, 1, 3, 0);

    @BeforeAll
    static void migrate() {
        TestDatabase database = TestDatabase.get().another();
        Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .schemas("cems_adapter")
                .locations("classpath:db/cems_adapter")
                .load()
                .migrate();
        DriverManagerDataSource source = new DriverManagerDataSource(
                database.url() + "?currentSchema=cems_adapter", database.user(), database.password());
        jdbc = new JdbcTemplate(source);
        inbox = new FrameInbox(jdbc);
    }

    @Test
    void aRepeatedFrameIsStoredOnceAndAnHourClosesWhenItsLoggersClockHasMovedOn() {
        assertThat(inbox.store("A", "2051", HOUR.plusMinutes(1), "q1", "s1")).isEqualTo(FrameInbox.Stored.NEW);
        assertThat(inbox.store("A", "2051", HOUR.plusMinutes(1), "q1", "s1")).isEqualTo(FrameInbox.Stored.REPEATED);
        assertThat(jdbc.queryForObject("SELECT minutes FROM open_hours WHERE mn = 'A'", Integer.class))
                .isEqualTo(1);
        assertThat(closedOf("A")).isEmpty();

        // real-time data (2011) moves the logger's clock on without opening an hour
        inbox.store("A", "2011", HOUR.plusHours(1).plusMinutes(5), "q2", "s2");

        assertThat(closedOf("A")).containsExactly(new FrameInbox.ClosedHour("A", HOUR));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM open_hours WHERE mn = 'A'", Integer.class))
                .isEqualTo(1);
    }

    /** Each test has its own logger: the closed hours of the others are not its business. */
    private static java.util.List<FrameInbox.ClosedHour> closedOf(String mn) {
        return inbox.closedHours(300, 3600, 100).stream()
                .filter(h -> h.mn().equals(mn))
                .toList();
    }

    @Test
    void theLoggersHourlyValueClosesItsHourAndDataAfterTheHourWentIsLate() {
        inbox.store("B", "2051", HOUR.plusMinutes(2), "q1", "s1");
        assertThat(inbox.closedHours(300, 3600, 10)).doesNotContain(new FrameInbox.ClosedHour("B", HOUR));
        inbox.store("B", "2061", HOUR, "q2", "s2");
        assertThat(inbox.closedHours(300, 3600, 10)).contains(new FrameInbox.ClosedHour("B", HOUR));
        assertThat(inbox.framesOf("B", HOUR))
                .extracting(FrameInbox.StoredFrame::cn)
                .containsExactly("2061", "2051");

        inbox.settle(new FrameInbox.ClosedHour("B", HOUR), "recorded", "batch-1", "{}");

        assertThat(inbox.closedHours(300, 3600, 10)).doesNotContain(new FrameInbox.ClosedHour("B", HOUR));
        assertThat(inbox.store("B", "2051", HOUR.plusMinutes(3), "q3", "s3")).isEqualTo(FrameInbox.Stored.LATE);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM open_hours WHERE mn = 'B'", Integer.class))
                .isZero();
    }

    @Test
    void sixtyMinutesWithoutTheHourlyValueDoNotCloseTheHour() {
        for (int m = 0; m < 60; m++) {
            inbox.store("D", "2051", HOUR.plusMinutes(m), "q" + m, "s");
        }
        assertThat(closedOf("D")).isEmpty();

        inbox.store("D", "2061", HOUR, "h", "s");

        assertThat(closedOf("D")).containsExactly(new FrameInbox.ClosedHour("D", HOUR));
    }

    @Test
    void anHourWithNothingNewForTheIdleTimeCloses() {
        inbox.store("C", "2051", HOUR.plusMinutes(2), "q1", "s1");
        jdbc.update("UPDATE open_hours SET last_frame_at = now() - interval '1 hour' WHERE mn = 'C'");

        assertThat(inbox.closedHours(300, 1800, 10)).contains(new FrameInbox.ClosedHour("C", HOUR));
    }
}
