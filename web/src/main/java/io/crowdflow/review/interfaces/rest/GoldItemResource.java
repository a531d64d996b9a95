package io.crowdflow.review.interfaces.rest;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.application.GoldItemService;
import io.crowdflow.review.domain.GoldItems;
import io.crowdflow.shared.application.IdempotentCalls;
import io.crowdflow.task.domain.IdempotencyKey;
import io.crowdflow.task.domain.TaskDraft;
import io.crowdflow.web.CurrentCaller;
import io.crowdflow.web.RequestKeys;
import io.crowdflow.web.json.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * Gold items a requester attaches to their task types, mixed into workers' assignments of those types at a rate
 * (docs/review.md). The body is a task's, with {@code goldAnswer} required and one slot. Its requester or an admin
 * withdraws it.
 */
@Path("gold-items")
@Produces(MediaType.APPLICATION_JSON)
public class GoldItemResource {

    @Inject
    GoldItemService goldItems;

    @Inject
    IdempotentCalls idempotent;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.REQUESTER)
    public Response attach(String body, @Context UriInfo uri) {
        JsonBody json = JsonBody.parse(body);
        String answer = json.string("goldAnswer");
        TaskDraft.Raw raw = new TaskDraft.Raw(json.string("title"), json.string("instructions"), json.string("type"),
                json.string("reward", "amount"), json.string("reward", "currency"), 1, json.string("deadline"),
                json.strings("skills"), json.json("input"), null, null, null, answer == null ? "" : answer,
                json.string("region"));
        json.requireWellTyped();
        var item = goldItems.attach(caller.get(), TaskDraft.from(raw));
        return Response.created(uri.getAbsolutePathBuilder().path(item.id()).build())
                .entity(GoldItemView.of(new GoldItemService.AttachedGoldItem(item, new GoldItems.Usage(0, 0, 0))))
                .build();
    }

    @GET
    @RolesAllowed(Caller.REQUESTER)
    public List<GoldItemView> mine() {
        return goldItems.mine(caller.get()).stream().map(GoldItemView::of).toList();
    }

    /** One item: its requester in full, an admin without its content, anyone else 404. */
    @GET
    @Path("{id}")
    @RolesAllowed({Caller.REQUESTER, Caller.ADMIN})
    public GoldItemView one(@PathParam("id") String id) {
        Caller me = caller.get();
        return viewFor(me, goldItems.one(me, id));
    }

    /**
     * Its requester or an admin withdraws the item: {"reason": "..."}; it is never mixed in again, and the tasks
     * already made of it stay judged by its known answer. With an Idempotency-Key, a retry answers the first result.
     */
    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.REQUESTER, Caller.ADMIN})
    public Response withdraw(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String header, String body) {
        JsonBody json = JsonBody.parse(body);
        String reason = json.string("reason");
        json.requireWellTyped();
        IdempotencyKey key = RequestKeys.of(header, id, String.valueOf(reason));
        Caller me = caller.get();
        var withdrawn = idempotent.once(me.subject(), "gold-item-withdrawal", RequestKeys.valueOf(key),
                RequestKeys.hashOf(key), () -> goldItems.withdraw(me, id, reason), a -> a.item().id(),
                goldItems::withdrawn);
        return Response.ok(viewFor(me, withdrawn.result())).header("Idempotent-Replayed", withdrawn.replayed())
                .build();
    }

    private static GoldItemView viewFor(Caller me, GoldItemService.AttachedGoldItem attached) {
        return GoldItemView.of(attached, !attached.item().isOwnedBy(me.subject()));
    }
}
