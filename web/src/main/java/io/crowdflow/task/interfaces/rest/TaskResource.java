package io.crowdflow.task.interfaces.rest;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.payment.application.PaymentService;
import io.crowdflow.shared.domain.Money;
import io.crowdflow.shared.application.IdempotentCalls;
import io.crowdflow.task.application.TaskCancellationService;
import io.crowdflow.task.application.TaskPostingService;
import io.crowdflow.task.domain.IdempotencyKey;
import io.crowdflow.task.domain.Task;
import io.crowdflow.web.RequestKeys;
import io.crowdflow.task.application.TaskService;
import io.crowdflow.web.CurrentCaller;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;

@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskPostingService posting;

    @Inject
    TaskService tasks;

    @Inject
    PaymentService payments;

    @Inject
    TaskCancellationService cancellations;

    @Inject
    IdempotentCalls idempotent;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.REQUESTER)
    public Response post(String body, @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @Context UriInfo uri) {
        var draft = TaskAssembler.draftFrom(JsonBody.parse(body));
        var posted = posting.post(caller.get(), draft, TaskAssembler.keyOf(idempotencyKey, draft));
        return Response.created(uri.getAbsolutePathBuilder().path(posted.task().id()).build())
                .header("Idempotent-Replayed", posted.replayed())
                .entity(TaskAssembler.viewOf(posted.task(), false)).build();
    }

    /**
     * What posting this task would cost, after the same validation as posting: nothing is created, escrowed or
     * checked against the balance. The console's form shows its field errors and the cost while one types.
     */
    @POST
    @Path("quote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.REQUESTER)
    public TaskQuoteView quote(String body) {
        var draft = TaskAssembler.draftFrom(JsonBody.parse(body));
        Money rewards = draft.reward().times(draft.escrowedSlots());
        Money total = payments.costOf(draft.reward(), draft.escrowedSlots());
        return new TaskQuoteView(TaskQuoteView.of(draft.reward()), draft.redundancy(), draft.escrowedSlots(),
                TaskQuoteView.of(rewards),
                TaskQuoteView.of(total.minus(rewards)), payments.feePercent().toPlainString(), TaskQuoteView.of(total));
    }

    /**
     * The requester cancels an open task with no submitted work: {"reason": "..."}; the escrow is refunded.
     * With an Idempotency-Key, a retry answers the first result.
     */
    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.REQUESTER)
    public Response cancel(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String header, String body) {
        JsonBody json = JsonBody.parse(body);
        String reason = json.string("reason");
        json.requireWellTyped();
        IdempotencyKey key = RequestKeys.of(header, id, String.valueOf(reason));
        Caller requester = caller.get();
        var cancelled = idempotent.once(requester.subject(), "cancellation", RequestKeys.valueOf(key),
                RequestKeys.hashOf(key), () -> cancellations.cancel(requester, id, reason), Task::id,
                cancellations::cancelled);
        return Response.ok(TaskAssembler.viewOf(cancelled.result(), true))
                .header("Idempotent-Replayed", cancelled.replayed()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Caller.REQUESTER, Caller.ADMIN})
    public TaskView read(@PathParam("id") String id) {
        TaskService.TaskRead read = tasks.read(caller.get(), id);
        return TaskAssembler.viewOf(read.task(), true, read.contentRedacted());
    }

    @GET
    @RolesAllowed(Caller.REQUESTER)
    public List<TaskView> mine() {
        return tasks.mine(caller.get()).stream().map(t -> TaskAssembler.viewOf(t, false)).toList();
    }
}
