package org.carbonmrv.audit.recompute;

import java.util.List;

/**
 * An approved (or any) version recomputed: its methodology version, the links checked on the way
 * (the approval's pin, the stored data set's digest, each reading batch's stored rows) and every
 * headline figure, recorded against recomputed.
 */
public record Recomputed(
        String reportId,
        int version,
        String methodologyId,
        String methodologyVersion,
        String datasetDigest,
        List<Link> links,
        List<Figure> figures) {

    public boolean holds() {
        return links.stream().allMatch(Link::holds) && figures.stream().allMatch(Figure::equal);
    }
}
