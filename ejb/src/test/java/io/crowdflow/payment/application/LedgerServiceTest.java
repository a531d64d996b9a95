package io.crowdflow.payment.application;

import io.crowdflow.payment.domain.Account;
import io.crowdflow.payment.domain.AccountKind;
import io.crowdflow.payment.domain.NoCheckpointException;
import io.crowdflow.payment.domain.Posting;
import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.LedgerAudit;
import io.crowdflow.payment.domain.ledger.MerkleProofs;
import io.crowdflow.payment.domain.ledger.PublishedEntry;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerServiceTest {

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final LedgerService service = new LedgerService();

    @BeforeEach
    void wire() {
        service.ledger = ledger;
        service.keys = ledger;
        service.cache = new LedgerTreeCache();
        service.clock = () -> Instant.parse("2025-03-01T10:00:00Z");
        Account external = new Account(AccountKind.EXTERNAL, "deposits", "USD");
        Account requester = new Account(AccountKind.REQUESTER, "r", "USD");
        for (int i = 0; i < 11; i++) {
            ledger.append(Posting.transfer(external, requester, Money.of("1." + i, "USD"), null, "deposit",
                    Instant.parse("2025-03-01T09:00:00Z").plusSeconds(i)));
        }
    }

    @Test
    void aCheckpointIsSignedOncePerSizeAndCoversEveryEntry() {
        assertThatThrownBy(service::latestCheckpoint).isInstanceOf(NoCheckpointException.class);
        Checkpoint.Signed first = service.checkpoint();
        assertThat(service.checkpoint()).isSameAs(first);
        assertThat(first.checkpoint().treeSize()).isEqualTo(11);
        assertThat(first.verify(service.publicKey())).isTrue();
        assertThat(LedgerAudit.audit(service.entries(0, 1000).entries().stream().map(PublishedEntry::entry).toList(),
                null, first, service.publicKey(), null).intact()).isTrue();
    }

    @Test
    void proofsVerifyAgainstTheSignedRoots() {
        Checkpoint.Signed small = service.checkpoint();
        Account external = new Account(AccountKind.EXTERNAL, "deposits", "USD");
        Account requester = new Account(AccountKind.REQUESTER, "r", "USD");
        ledger.append(Posting.transfer(external, requester, Money.of("5", "USD"), null, "deposit", Instant.now()));
        Checkpoint.Signed large = service.checkpoint();

        LedgerService.InclusionProof proof = service.inclusionProof(3, 12);
        assertThat(MerkleProofs.verifyInclusion(3, 12, ledger.entries(3, 1).get(0).entry().leafHash(),
                proof.auditPath(), large.checkpoint().rootHash())).isTrue();
        LedgerService.ConsistencyProof consistency = service.consistencyProof(11, 12);
        assertThat(MerkleProofs.verifyConsistency(11, 12, small.checkpoint().rootHash(),
                large.checkpoint().rootHash(), consistency.proof())).isTrue();
    }

    @Test
    void checkpointsArePagedNewestFirstByTreeSize() {
        Account external = new Account(AccountKind.EXTERNAL, "deposits", "USD");
        Account requester = new Account(AccountKind.REQUESTER, "r", "USD");
        service.checkpoint();
        for (int i = 0; i < 4; i++) {
            ledger.append(Posting.transfer(external, requester, Money.of("1", "USD"), null, "deposit", Instant.now()));
            service.checkpoint();
        }

        assertThat(service.checkpoints(2, null)).extracting(c -> c.checkpoint().treeSize()).containsExactly(15L, 14L);
        assertThat(service.checkpoints(2, 14L)).extracting(c -> c.checkpoint().treeSize()).containsExactly(13L, 12L);
        assertThat(service.checkpoints(2, 12L)).extracting(c -> c.checkpoint().treeSize()).containsExactly(11L);
        assertThat(service.checkpoints(2, 11L)).isEmpty();
        assertThatThrownBy(() -> service.checkpoints(2, 0L)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> service.checkpoints(101, 5L)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void badParametersAreInvalidRequests() {
        assertThatThrownBy(() -> service.inclusionProof(11, 11)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> service.inclusionProof(0, 12)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> service.consistencyProof(0, 5)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> service.consistencyProof(6, 5)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> service.entries(-1, 5)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> service.entries(0, 1001)).isInstanceOf(InvalidRequestException.class);
        assertThat(service.entries(20, 5).entries()).isEmpty();
    }
}
