package org.carbonmrv.platform.paging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void aPageOfAListReadWholeKeepsTheWholeListsCount() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertThat(Page.of(all, 0, 2)).isEqualTo(new Page<>(List.of(1, 2), 0, 2, 5));
        assertThat(Page.of(all, 2, 2)).isEqualTo(new Page<>(List.of(5), 2, 2, 5));
        assertThat(Page.of(all, 9, 2)).isEqualTo(new Page<>(List.of(), 9, 2, 5));
    }
}
