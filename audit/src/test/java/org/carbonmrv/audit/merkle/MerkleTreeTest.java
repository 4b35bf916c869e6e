package org.carbonmrv.audit.merkle;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published test data of RFC 6962 / RFC 9162 (certificate-transparency's merkle_tree_test):
 * eight leaf inputs, the roots of their first n leaves, and the inclusion and consistency proofs
 * of its reference implementation.
 */
class MerkleTreeTest {

    private static final List<String> INPUTS =
            List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private static List<Hash> leaves() {
        return INPUTS.stream()
                .map(h -> MerkleHashes.leaf(HexFormat.of().parseHex(h)))
                .toList();
    }

    private static List<String> hex(List<Hash> hashes) {
        return hashes.stream().map(Hash::hex).toList();
    }

    @Test
    void rootsOfTheFirstNLeavesAreThePublishedOnes() {
        for (int n = 0; n <= 8; n++) {
            assertThat(MerkleTree.of(leaves().subList(0, n)).root().hex())
                    .as("root of %d", n)
                    .isEqualTo(ROOTS.get(n));
        }
    }

    @Test
    void aCompactRangeReachesTheSameRootsAndStoresEveryPerfectSubtree() {
        List<CompactRange.Node> stored = new ArrayList<>();
        CompactRange range = CompactRange.empty(stored::add);
        assertThat(range.root().hex()).isEqualTo(ROOTS.get(0));
        for (int n = 1; n <= 8; n++) {
            range.append(leaves().get(n - 1));
            assertThat(range.root().hex()).as("root of %d", n).isEqualTo(ROOTS.get(n));
        }
        assertThat(stored).hasSize(8 + 4 + 2 + 1);
        assertThat(stored.get(stored.size() - 1).hash().hex()).isEqualTo(ROOTS.get(8));
    }

    @Test
    void aResumedRangeContinuesFromItsEdge() {
        List<CompactRange.Node> stored = new ArrayList<>();
        CompactRange first = CompactRange.empty(stored::add);
        leaves().subList(0, 5).forEach(first::append);
        List<CompactRange.Node> edge = CompactRange.edgeOf(5).stream()
                .map(at -> stored.stream()
                        .filter(n -> n.level() == at[0] && n.index() == at[1])
                        .findFirst()
                        .orElseThrow())
                .toList();
        CompactRange resumed = CompactRange.resume(5, edge, n -> {});
        leaves().subList(5, 8).forEach(resumed::append);
        assertThat(resumed.root().hex()).isEqualTo(ROOTS.get(8));
    }

    @Test
    void inclusionProofsAreThePublishedOnes() {
        assertThat(hex(MerkleTree.of(leaves()).inclusionProof(0)))
                .containsExactly(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(MerkleTree.of(leaves()).inclusionProof(5)))
                .containsExactly(
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(MerkleTree.of(leaves().subList(0, 3)).inclusionProof(2)))
                .containsExactly("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertThat(hex(MerkleTree.of(leaves().subList(0, 5)).inclusionProof(1)))
                .containsExactly(
                        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(MerkleTree.of(leaves().subList(0, 1)).inclusionProof(0)).isEmpty();
    }

    @Test
    void consistencyProofsAreThePublishedOnes() {
        MerkleTree eight = MerkleTree.of(leaves());
        assertThat(MerkleTree.of(leaves().subList(0, 1)).consistencyProof(1)).isEmpty();
        assertThat(hex(eight.consistencyProof(1)))
                .containsExactly(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(eight.consistencyProof(6)))
                .containsExactly(
                        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(MerkleTree.of(leaves().subList(0, 5)).consistencyProof(2)))
                .containsExactly(
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    }

    @Test
    void everyProofOfEverySmallTreeVerifiesAndNoAlteredOneDoes() {
        List<Hash> leaves = IntStream.range(0, 40)
                .mapToObj(i -> MerkleHashes.leaf(new byte[] {(byte) i, 7}))
                .toList();
        for (int n = 1; n <= leaves.size(); n++) {
            MerkleTree tree = MerkleTree.of(leaves.subList(0, n));
            Hash root = tree.root();
            for (int m = 0; m < n; m++) {
                List<Hash> path = tree.inclusionProof(m);
                assertThat(Proofs.includes(root, n, m, leaves.get(m), path))
                        .as("leaf %d of %d", m, n)
                        .isTrue();
                assertThat(Proofs.includes(root, n, m, leaves.get((m + 1) % 40), path))
                        .isFalse();
                if (n > 1) {
                    assertThat(Proofs.includes(root, n, (m + 1) % n, leaves.get(m), path))
                            .isFalse();
                    assertThat(Proofs.includes(root, n, m, leaves.get(m), path.subList(0, path.size() - 1)))
                            .isFalse();
                }
                List<Hash> longer = new ArrayList<>(path);
                longer.add(root);
                assertThat(Proofs.includes(root, n, m, leaves.get(m), longer)).isFalse();
            }
            for (int m = 1; m <= n; m++) {
                Hash earlier = MerkleTree.of(leaves.subList(0, m)).root();
                List<Hash> proof = tree.consistencyProof(m);
                assertThat(Proofs.consistent(m, earlier, n, root, proof))
                        .as("%d to %d", m, n)
                        .isTrue();
                if (m < n) {
                    Hash other = MerkleTree.of(leaves.subList(1, m + 1)).root();
                    assertThat(Proofs.consistent(m, other, n, root, proof))
                            .as("rewritten %d to %d", m, n)
                            .isFalse();
                    assertThat(Proofs.consistent(m, earlier, n, root, proof.subList(0, proof.size() - 1)))
                            .isFalse();
                }
            }
        }
    }
}
