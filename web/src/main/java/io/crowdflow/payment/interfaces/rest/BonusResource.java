package io.crowdflow.payment.interfaces.rest;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.payment.application.PaymentService;
import io.crowdflow.payment.domain.Bonus;
import io.crowdflow.shared.application.IdempotentCalls;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.Money;
import io.crowdflow.task.domain.IdempotencyKey;
import io.crowdflow.web.CurrentCaller;
import io.crowdflow.web.RequestKeys;
import io.crowdflow.web.json.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.regex.Pattern;

/** The requester of a task pays a bonus to a worker who worked on it; an Idempotency-Key is required. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class BonusResource {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}(\\.\\d{1,4})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    @Inject
    PaymentService payments;

    @Inject
    IdempotentCalls idempotent;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("{id}/bonuses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.REQUESTER)
    public Response pay(@PathParam("id") String taskId, @HeaderParam("Idempotency-Key") String header, String body) {
        if (header == null) {
            throw new InvalidRequestException("Idempotency-Key", "is required: a bonus moves money; use a new key "
                    + "(a UUID) per bonus and the same key when retrying it");
        }
        JsonBody json = JsonBody.parse(body);
        String workerId = json.string("workerId");
        String amount = json.string("amount", "amount");
        String currency = json.string("amount", "currency");
        String reason = json.string("reason");
        json.requireWellTyped();
        if (workerId == null || workerId.isBlank() || workerId.length() > 64) {
            throw new InvalidRequestException("workerId", "is required: the worker's subject id");
        }
        if (amount == null || !AMOUNT.matcher(amount).matches()) {
            throw new InvalidRequestException("amount.amount", "is required: a positive decimal string, e.g. \"1.00\"");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new InvalidRequestException("amount.currency", "is required: an ISO-4217 code such as \"USD\"");
        }
        Money money = Money.of(amount, currency);
        IdempotencyKey key = RequestKeys.of(header, taskId, workerId, money.amountText(), currency,
                String.valueOf(reason));
        Caller requester = caller.get();
        var paid = idempotent.once(requester.subject(), "bonus", key.value(), key.requestHash(),
                () -> payments.payBonus(requester, taskId, workerId, money, reason), Bonus::id, payments::bonus);
        return Response.status(Response.Status.CREATED).header("Idempotent-Replayed", paid.replayed())
                .entity(BonusView.of(paid.result())).build();
    }
}
