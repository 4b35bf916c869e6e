package org.carbonmrv.auditservice.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/** The users who asked for an e-mail when work opens for them. */
@Component
class MailSubscriptions {

    private final JdbcTemplate jdbc;

    MailSubscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Subscribes (or updates the roles and address of) a user; the roles are those of the token used. */
    void subscribe(String userId, String organisation, Set<String> roles, String address) {
        jdbc.update("""
                INSERT INTO notification_subscriptions (user_id, organisation, roles, address) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET organisation = EXCLUDED.organisation, roles = EXCLUDED.roles,
                    address = EXCLUDED.address""", userId, organisation, roles.toArray(String[]::new), address);
    }

    boolean unsubscribe(String userId) {
        return jdbc.update("DELETE FROM notification_subscriptions WHERE user_id = ?", userId) > 0;
    }

    Optional<String> addressOf(String userId) {
        return jdbc
                .queryForList("SELECT address FROM notification_subscriptions WHERE user_id = ?", String.class, userId)
                .stream()
                .findFirst();
    }
}
