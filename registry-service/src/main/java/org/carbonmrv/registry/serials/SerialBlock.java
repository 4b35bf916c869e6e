package org.carbonmrv.registry.serials;

/**
 * One block of serials with every attribute a programme prints: the internal model is only
 * {@code start} and {@code end} (inclusive) in the registry's single sequence; the rest says what
 * the credits are.
 *
 * @param projectNumber the registry's number of the project, given at listing in listing order
 * @param batch         the project's n-th issuance
 */
public record SerialBlock(
        String registry,
        String unitType,
        String country,
        String projectNumber,
        String projectType,
        String developerId,
        String subdivision,
        int vintage,
        int batch,
        long start,
        long end) {}
