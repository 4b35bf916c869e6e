package org.carbonmrv.portal.pages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The time a reading covers, as the plant's people write it in their own time zone: whole days as
 * "2019-05-01 – 2019-05-31" (the last day included), anything else as local times with the end
 * excluded, "2019-05-01 08:00 – 09:00".
 */
final class ReadingSpan {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ReadingSpan() {}

    static String of(String startsAt, String endsAt, String timeZone) {
        ZoneId zone = ZoneId.of(timeZone);
        LocalDateTime from = LocalDateTime.ofInstant(Instant.parse(startsAt), zone);
        LocalDateTime to = LocalDateTime.ofInstant(Instant.parse(endsAt), zone);
        if (from.toLocalTime().equals(LocalTime.MIDNIGHT) && to.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            String lastDay = to.minusDays(1).format(DAY);
            String firstDay = from.format(DAY);
            return firstDay.equals(lastDay) ? firstDay : firstDay + " – " + lastDay;
        }
        return from.format(MINUTE) + " – "
                + (to.toLocalDate().equals(from.toLocalDate()) ? to.format(TIME) : to.format(MINUTE));
    }
}
