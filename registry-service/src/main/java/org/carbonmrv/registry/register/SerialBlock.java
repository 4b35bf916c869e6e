package org.carbonmrv.registry.register;

import java.time.OffsetDateTime;

/** A row of the register's serial blocks: a run of serials of one issuance, held in one account, in one state. */
record SerialBlock(
        String issuanceId,
        String accountId,
        String projectId,
        String reportId,
        int reportVersion,
        int vintage,
        long serialStart,
        long serialEnd,
        String methodology,
        String datasetDigest,
        OffsetDateTime issuedAt,
        String state,
        int batch) {

    long quantity() {
        return serialEnd - serialStart + 1;
    }

    /** Serials start to end of this block, held by the account in the state; everything else as issued. */
    SerialBlock part(long start, long end, String account, String inState) {
        return new SerialBlock(
                issuanceId,
                account,
                projectId,
                reportId,
                reportVersion,
                vintage,
                start,
                end,
                methodology,
                datasetDigest,
                issuedAt,
                inState,
                batch);
    }
}
