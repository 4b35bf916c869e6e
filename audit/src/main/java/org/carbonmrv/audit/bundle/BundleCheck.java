package org.carbonmrv.audit.bundle;

import java.util.List;

/** What checking a bundle found: how much was checked, and each failure in words (empty: the bundle holds). */
public record BundleCheck(String projectId, long treeSize, int events, int versionsRecomputed, List<String> failures) {

    public boolean holds() {
        return failures.isEmpty();
    }
}
