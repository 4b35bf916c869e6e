package org.carbonmrv.audit.chain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ChainLinkTest {

    private static StoredEvent event(long globalIndex, String aggregate, long sequence, String payload, String meta) {
        return new StoredEvent(
                globalIndex,
                "event-" + globalIndex,
                "Project",
                aggregate,
                sequence,
                "org.carbonmrv.api.project.ProjectSubmittedEvent",
                "1",
                payload.getBytes(StandardCharsets.UTF_8),
                meta == null ? null : meta.getBytes(StandardCharsets.UTF_8),
                "2026-12-04T01:00:00Z");
    }

    @Test
    void eachPartOfAnEventChangesItsOwnDigestAndTheLink() {
        StoredEvent sealed = event(7, "p-1", 0, "{\"a\":1}", "{\"actor\":\"u\"}");
        EventDigests digests = EventDigests.of(sealed);
        ChainLink link = ChainLink.after(ChainLink.GENESIS, 0, 7, digests);

        EventDigests payload = EventDigests.of(event(7, "p-1", 0, "{\"a\":2}", "{\"actor\":\"u\"}"));
        EventDigests meta = EventDigests.of(event(7, "p-1", 0, "{\"a\":1}", "{\"actor\":\"v\"}"));
        EventDigests noMeta = EventDigests.of(event(7, "p-1", 0, "{\"a\":1}", null));
        EventDigests place = EventDigests.of(event(7, "p-1", 1, "{\"a\":1}", "{\"actor\":\"u\"}"));
        EventDigests index = EventDigests.of(event(8, "p-1", 0, "{\"a\":1}", "{\"actor\":\"u\"}"));

        assertThat(payload.differenceFrom(digests)).isEqualTo("its payload");
        assertThat(meta.differenceFrom(digests)).isEqualTo("its metadata");
        assertThat(noMeta.differenceFrom(digests)).isEqualTo("its metadata");
        assertThat(place.differenceFrom(digests)).startsWith("its place or identity");
        assertThat(index.differenceFrom(digests)).startsWith("its place or identity");
        assertThat(EventDigests.of(sealed).differenceFrom(digests)).isEmpty();
        for (EventDigests changed : new EventDigests[] {payload, meta, noMeta, place, index}) {
            assertThat(ChainLink.after(ChainLink.GENESIS, 0, 7, changed).hash()).isNotEqualTo(link.hash());
        }
    }

    @Test
    void aLinkDependsOnItsPositionAndOnTheLinkBefore() {
        EventDigests digests = EventDigests.of(event(7, "p-1", 0, "{}", null));
        ChainLink first = ChainLink.after(ChainLink.GENESIS, 0, 7, digests);
        assertThat(ChainLink.after(ChainLink.GENESIS, 1, 7, digests).hash()).isNotEqualTo(first.hash());
        assertThat(ChainLink.after(first.hash(), 0, 7, digests).hash()).isNotEqualTo(first.hash());
        assertThat(ChainLink.after(ChainLink.GENESIS, 0, 7, digests).hash()).isEqualTo(first.hash());
    }

    @Test
    void fieldsDoNotRunIntoEachOther() {
        StoredEvent a = new StoredEvent(1, "e", "T", "ab", 0, "P", null, new byte[0], null, "t");
        StoredEvent b = new StoredEvent(1, "e", "Ta", "b", 0, "P", null, new byte[0], null, "t");
        assertThat(EventDigests.of(a).identity())
                .isNotEqualTo(EventDigests.of(b).identity());
    }
}
