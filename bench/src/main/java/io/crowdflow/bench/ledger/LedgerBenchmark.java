package io.crowdflow.bench.ledger;

import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.LedgerAudit;
import io.crowdflow.payment.domain.ledger.LedgerEntry;
import io.crowdflow.payment.domain.ledger.MerkleProofs;
import io.crowdflow.payment.domain.ledger.MerkleTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The ledger core at 10^4, 10^5 and 10^6 entries: appending an entry (encode, leaf hash, tree update),
 * verifying the whole ledger against a signed checkpoint (what LedgerVerifier does after the download),
 * and making and checking inclusion and consistency proofs. docs/benchmarks.md, "Ledger".
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class LedgerBenchmark {

    @Param({"10000", "100000", "1000000"})
    int size;

    private List<LedgerEntry> entries;
    private List<byte[]> leafHashes;
    private MerkleTree tree;
    private Checkpoint.Signed checkpoint;
    private KeyPair keys;
    private MerkleTree growing;
    private long nextSeq;
    private final SplittableRandom random = new SplittableRandom(42);

    @Setup(Level.Trial)
    public void build() throws NoSuchAlgorithmException {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        entries = new ArrayList<>(size);
        leafHashes = new ArrayList<>(size);
        tree = new MerkleTree();
        for (int i = 0; i < size; i++) {
            LedgerEntry entry = entry(i);
            entries.add(entry);
            byte[] leaf = entry.leafHash();
            leafHashes.add(leaf);
            tree.appendLeafHash(leaf);
        }
        checkpoint = new Checkpoint(size, tree.rootHash(), System.currentTimeMillis()).sign(keys.getPrivate());
    }

    @Setup(Level.Iteration)
    public void freshTreeForAppends() {
        growing = new MerkleTree();
        leafHashes.forEach(growing::appendLeafHash);
        nextSeq = size;
    }

    /** One append as the platform makes it: build the entry, encode, leaf-hash, add to the tree. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long append() {
        LedgerEntry entry = entry(nextSeq++);
        growing.appendLeafHash(entry.leafHash());
        return growing.size();
    }

    /** The whole ledger: signature, every entry re-encoded and re-hashed against its leaf hash, the root. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public boolean verifyAll() {
        LedgerAudit.Report report = LedgerAudit.audit(entries, leafHashes, checkpoint, keys.getPublic(), null);
        if (!report.intact()) {
            throw new IllegalStateException(report.finding());
        }
        return report.intact();
    }

    /** The server's side: the audit path of a random entry in the tree of all entries. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<byte[]> inclusionProof() {
        return tree.inclusionProof(random.nextInt(size), size);
    }

    /** The client's side: check a random entry's audit path against the signed root. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean inclusionProofAndVerify() {
        int index = random.nextInt(size);
        return MerkleProofs.verifyInclusion(index, size, leafHashes.get(index), tree.inclusionProof(index, size),
                checkpoint.checkpoint().rootHash());
    }

    /** A consistency proof from a random earlier size to the whole tree, made and checked. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean consistencyProofAndVerify() {
        int first = 1 + random.nextInt(size - 1);
        return MerkleProofs.verifyConsistency(first, size, tree.rootHash(first), checkpoint.checkpoint().rootHash(),
                tree.consistencyProof(first, size));
    }

    private static LedgerEntry entry(long seq) {
        return new LedgerEntry(seq, Instant.ofEpochSecond(1_735_689_600L + seq, (seq % 1000) * 1000),
                "3f2a9c1b7d4e8f60a1b2c3d4e5f60718", "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b", (seq % 500) + ".5000", "USD",
                "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "payment");
    }
}
