package io.crowdflow.payment.interfaces.rest;

import io.crowdflow.payment.application.LedgerService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import static io.crowdflow.payment.interfaces.rest.LedgerAssembler.number;
import static io.crowdflow.payment.interfaces.rest.LedgerAssembler.viewOf;

/** The public ledger for any authenticated caller: checkpoints, entries, proofs, the key (docs/ledger.md). */
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    LedgerService ledger;

    @GET
    @Path("checkpoints/latest")
    public LedgerView.CheckpointView latest() {
        return viewOf(ledger.latestCheckpoint(), ledger.keyId());
    }

    /** Signs the current tree head now (or answers the latest one if nothing was appended since). */
    @POST
    @Path("checkpoints")
    public LedgerView.CheckpointView checkpointNow() {
        return viewOf(ledger.checkpoint(), ledger.keyId());
    }

    @GET
    @Path("checkpoints")
    public List<LedgerView.CheckpointView> checkpoints(@QueryParam("count") String count,
                                                        @QueryParam("before") String before) {
        String keyId = ledger.keyId();
        int n = (int) Math.max(Math.min(Integer.MAX_VALUE, number("count", count, 20L)), Integer.MIN_VALUE);
        return ledger.checkpoints(n, before == null ? null : number("before", before, null)).stream()
                .map(c -> viewOf(c, keyId)).toList();
    }

    @GET
    @Path("checkpoints/{treeSize}")
    public LedgerView.CheckpointView checkpoint(@PathParam("treeSize") String treeSize) {
        return viewOf(ledger.checkpointOfSize(number("treeSize", treeSize, null)), ledger.keyId());
    }

    @GET
    @Path("entries")
    public LedgerView.EntriesView entries(@QueryParam("from") String from, @QueryParam("count") String count) {
        long n = number("count", count, 100L);
        return viewOf(ledger.entries(number("from", from, 0L), (int) Math.max(Math.min(n, Integer.MAX_VALUE), -1)));
    }

    @GET
    @Path("entries/{seq}/proof")
    public LedgerView.InclusionProofView proof(@PathParam("seq") String seq, @QueryParam("treeSize") String treeSize) {
        return viewOf(ledger.inclusionProof(number("seq", seq, null), number("treeSize", treeSize, null)));
    }

    @GET
    @Path("consistency")
    public LedgerView.ConsistencyProofView consistency(@QueryParam("from") String from, @QueryParam("to") String to) {
        return viewOf(ledger.consistencyProof(number("from", from, null), number("to", to, null)));
    }

    @GET
    @Path("public-key")
    public LedgerView.PublicKeyView publicKey() {
        return viewOf(ledger.publicKey(), ledger.keyId());
    }
}
