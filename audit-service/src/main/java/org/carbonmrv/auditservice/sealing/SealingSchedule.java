package org.carbonmrv.auditservice.sealing;

import org.carbonmrv.audit.seal.Sealed;
import org.carbonmrv.audit.seal.Sealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Seals what has committed since the last time, again and again; a failed sealing is tried at the next turn. */
@Component
class SealingSchedule {

    private static final Logger log = LoggerFactory.getLogger(SealingSchedule.class);

    private final DataSource dataSource;
    private final Sealer sealer;

    SealingSchedule(DataSource dataSource, Sealer sealer) {
        this.dataSource = dataSource;
        this.sealer = sealer;
    }

    @Scheduled(fixedDelayString = "${mrv.audit.seal-interval}", initialDelayString = "${mrv.audit.seal-interval}")
    void seal() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Sealed sealed = sealer.sealOnce(connection);
            if (sealed.refused() > 0) {
                log.error(
                        "sealing refused {} event(s) written into the sealed history: see audit_service.refused_events",
                        sealed.refused());
            }
            if (sealed.events() > 0) {
                log.debug("sealed {} event(s); tree size {}", sealed.events(), sealed.treeSize());
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("sealing failed, trying again at the next turn: {}", e.getMessage());
        }
    }
}
