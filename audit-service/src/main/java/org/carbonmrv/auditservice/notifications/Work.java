package org.carbonmrv.auditservice.notifications;

/**
 * One piece of work an event opened: its kind, what it is about ({@code subject}: the period, the
 * report, the finding or the request, unique among the open work of a kind), and for whom (an
 * organisation, or none for the registry's work, which every registry administrator shares).
 */
record Work(
        WorkKind kind,
        String subject,
        String organisation,
        String projectId,
        String periodId,
        String reportId,
        Integer reportVersion) {}
