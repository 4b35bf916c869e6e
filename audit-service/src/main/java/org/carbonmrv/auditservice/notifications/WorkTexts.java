package org.carbonmrv.auditservice.notifications;

/** The words an e-mail uses for each kind of work. */
final class WorkTexts {

    private WorkTexts() {}

    static String of(WorkKind kind) {
        return switch (kind) {
            case PROJECT_TO_LIST -> "A project waits to be listed or rejected";
            case NO_VERIFIER -> "A reporting period waits for a verifier";
            case NO_REPORT -> "A reporting period has no report yet";
            case TO_SUBMIT -> "A calculated report waits to be submitted for verification";
            case STALE -> "A report's data changed: calculate it again";
            case REJECTED -> "The verifier rejected a report";
            case CRITICAL_QA -> "The QA checks found a critical problem in a period's data";
            case FINDINGS_TO_ANSWER -> "A verifier's finding waits for your answer";
            case TO_REVIEW -> "A report waits for your verification";
            case FINDINGS_TO_CLOSE -> "An answered finding waits for you to close it";
            case ISSUANCE_TO_APPROVE -> "An issuance waits for approval";
        };
    }
}
