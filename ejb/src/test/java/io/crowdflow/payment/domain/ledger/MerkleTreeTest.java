package io.crowdflow.payment.domain.ledger;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The leaves of the Certificate Transparency reference tests (RFC 6962 implementations). */
    private static final String[] CT_LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    /** Their roots for tree sizes 1..8. */
    private static final String[] CT_ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    @Test
    void rootsMatchTheCertificateTransparencyReferenceVectors() {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < CT_LEAVES.length; i++) {
            tree.appendLeafHash(MerkleTree.leafHash(HEX.parseHex(CT_LEAVES[i])));
            assertThat(HEX.formatHex(tree.rootHash())).as("size " + (i + 1)).isEqualTo(CT_ROOTS[i]);
        }
        for (int size = 1; size <= 8; size++) {
            assertThat(HEX.formatHex(tree.rootHash(size))).isEqualTo(CT_ROOTS[size - 1]);
        }
    }

    @Test
    void emptyTreeHasTheHashOfTheEmptyString() {
        assertThat(HEX.formatHex(new MerkleTree().rootHash()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void inclusionProofOfTheReferenceTreeMatchesTheKnownAuditPath() {
        MerkleTree tree = referenceTree();
        // CT reference: leaf 0 in the tree of 8
        assertThat(tree.inclusionProof(0, 8)).extracting(HEX::formatHex).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    }

    @Test
    void consistencyProofOfTheReferenceTreeMatchesTheKnownProof() {
        MerkleTree tree = referenceTree();
        assertThat(tree.consistencyProof(6, 8)).extracting(HEX::formatHex).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void everyInclusionProofOfTreesUpToTwentyLeavesVerifiesAndAlteredOnesFail() {
        for (int size = 1; size <= 20; size++) {
            List<byte[]> data = data(size);
            MerkleTree tree = treeOf(data);
            byte[] root = referenceRoot(data);
            assertThat(tree.rootHash()).as("root of " + size).isEqualTo(root);
            for (int m = 0; m < size; m++) {
                byte[] leaf = MerkleTree.leafHash(data.get(m));
                List<byte[]> proof = tree.inclusionProof(m, size);
                assertThat(proof).extracting(HEX::formatHex)
                        .containsExactlyElementsOf(referencePath(m, data).stream().map(HEX::formatHex).toList());
                assertThat(MerkleProofs.verifyInclusion(m, size, leaf, proof, root)).as(m + " in " + size).isTrue();

                assertThat(MerkleProofs.verifyInclusion(m, size, MerkleTree.leafHash(new byte[]{9, 9}), proof, root))
                        .as("another leaf").isFalse();
                // (the size itself is bound by the signed checkpoint: a path can fit two sizes, e.g. leaf 0 of 3 and of 4)
                assertThat(MerkleProofs.verifyInclusion(m, m, leaf, proof, root)).as("index beyond size").isFalse();
                if (size > 1) {
                    assertThat(MerkleProofs.verifyInclusion((m + 1) % size, size, leaf, proof, root))
                            .as("wrong index").isFalse();
                    for (int p = 0; p < proof.size(); p++) {
                        List<byte[]> altered = new ArrayList<>(proof);
                        byte[] flipped = altered.get(p).clone();
                        flipped[0] ^= 1;
                        altered.set(p, flipped);
                        assertThat(MerkleProofs.verifyInclusion(m, size, leaf, altered, root)).isFalse();
                    }
                    assertThat(MerkleProofs.verifyInclusion(m, size, leaf, proof.subList(0, proof.size() - 1), root))
                            .as("truncated").isFalse();
                    List<byte[]> longer = new ArrayList<>(proof);
                    longer.add(root);
                    assertThat(MerkleProofs.verifyInclusion(m, size, leaf, longer, root)).as("extended").isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofOfTreesUpToTwentyLeavesVerifiesAndAlteredOnesFail() {
        List<byte[]> data = data(20);
        MerkleTree tree = treeOf(data);
        for (int n = 1; n <= 20; n++) {
            byte[] second = referenceRoot(data.subList(0, n));
            for (int m = 1; m <= n; m++) {
                byte[] first = referenceRoot(data.subList(0, m));
                List<byte[]> proof = tree.consistencyProof(m, n);
                assertThat(MerkleProofs.verifyConsistency(m, n, first, second, proof)).as(m + " -> " + n).isTrue();
                if (m < n) {
                    for (int p = 0; p < proof.size(); p++) {
                        List<byte[]> altered = new ArrayList<>(proof);
                        byte[] flipped = altered.get(p).clone();
                        flipped[31] ^= 0x80;
                        altered.set(p, flipped);
                        assertThat(MerkleProofs.verifyConsistency(m, n, first, second, altered)).isFalse();
                    }
                    assertThat(MerkleProofs.verifyConsistency(m, n, second, second, proof)).as("wrong first root")
                            .isFalse();
                    assertThat(MerkleProofs.verifyConsistency(m, n, first, first, proof)).as("wrong second root")
                            .isFalse();
                    assertThat(MerkleProofs.verifyConsistency(m, n, first, second, List.of())).isFalse();
                }
            }
        }
    }

    @Test
    void aForkedHistoryIsNotConsistent() {
        List<byte[]> data = data(12);
        List<byte[]> forked = new ArrayList<>(data);
        forked.set(3, new byte[]{42});
        MerkleTree honest = treeOf(data);
        MerkleTree fork = treeOf(forked);
        assertThat(MerkleProofs.verifyConsistency(7, 12, fork.rootHash(7), honest.rootHash(12),
                honest.consistencyProof(7, 12))).isFalse();
    }

    @Test
    void proofsOutsideTheTreeAreRefused() {
        MerkleTree tree = treeOf(data(5));
        assertThatThrownBy(() -> tree.inclusionProof(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionProof(0, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static MerkleTree referenceTree() {
        MerkleTree tree = new MerkleTree();
        for (String leaf : CT_LEAVES) {
            tree.appendLeafHash(MerkleTree.leafHash(HEX.parseHex(leaf)));
        }
        return tree;
    }

    private static List<byte[]> data(int n) {
        List<byte[]> data = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            data.add(("entry " + i).getBytes());
        }
        return data;
    }

    private static MerkleTree treeOf(List<byte[]> data) {
        MerkleTree tree = new MerkleTree();
        data.forEach(d -> tree.appendLeafHash(MerkleTree.leafHash(d)));
        return tree;
    }

    /** RFC 6962 2.1, literally: MTH over the data, recomputed from scratch. */
    private static byte[] referenceRoot(List<byte[]> d) {
        if (d.size() == 1) {
            return MerkleTree.leafHash(d.get(0));
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return MerkleTree.nodeHash(referenceRoot(d.subList(0, k)), referenceRoot(d.subList(k, d.size())));
    }

    /** RFC 6962 2.1.1, literally. */
    private static List<byte[]> referencePath(int m, List<byte[]> d) {
        List<byte[]> path = new ArrayList<>();
        if (d.size() == 1) {
            return path;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m < k) {
            path.addAll(referencePath(m, d.subList(0, k)));
            path.add(referenceRoot(d.subList(k, d.size())));
        } else {
            path.addAll(referencePath(m - k, d.subList(k, d.size())));
            path.add(referenceRoot(d.subList(0, k)));
        }
        return path;
    }
}
