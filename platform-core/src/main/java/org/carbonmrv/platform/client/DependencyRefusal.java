package org.carbonmrv.platform.client;

import org.carbonmrv.platform.problem.DomainException;

import java.util.List;

/**
 * Another service refused the read (401, 403 or 404): for the caller it is "not found", so that
 * nothing tells them whether the thing exists; the reader that knows what was asked for says so
 * in its own words.
 */
public class DependencyRefusal extends DomainException {

    private final int refusedWith;

    DependencyRefusal(String service, int refusedWith) {
        super("not-found", 404, "the " + service + " has nothing by that name that you may see", List.of());
        this.refusedWith = refusedWith;
    }

    /** The status the other service answered. */
    public int refusedWith() {
        return refusedWith;
    }
}
