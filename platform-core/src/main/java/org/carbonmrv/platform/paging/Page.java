package org.carbonmrv.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the same for every list of the platform: the items, which page of what
 * size, and how many items the whole list has (so a client knows when it has them all).
 *
 * @param page  counted from 0
 * @param total items in the whole list, on every page
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The largest page a client may ask for. */
    public static final int MAX_SIZE = 1000;

    public Page {
        items = List.copyOf(items);
    }

    /** The offset of this page's first item in the list, for SQL's {@code OFFSET}. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }

    /** One page of a list already read whole (a list bounded by its owner, such as one project's history). */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min(all.size(), offset(page, size));
        return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), page, size, total);
    }
}
