package org.carbonmrv.calculation.report;

enum ReportStatus {
    CALCULATED,
    SUBMITTED,
    APPROVED,
    REJECTED
}
