package io.crowdflow.payment.interfaces.rest;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.payment.application.PaymentService;
import io.crowdflow.payment.domain.Account;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.Money;
import io.crowdflow.web.CurrentCaller;
import io.crowdflow.web.json.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}(\\.\\d{1,4})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    @Inject
    PaymentService payments;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("me/account")
    public AccountView mine() {
        var statement = payments.statementOf(caller.get());
        Set<String> own = statement.accounts().stream().map(Account::id).collect(Collectors.toSet());
        return new AccountView(
                statement.accounts().stream().map(a -> new AccountView.Balance(a.id(), a.kind().name().toLowerCase(),
                        a.balance().amountText(), a.currency(), statement.ledgerIds().get(a.id()))).toList(),
                statement.postings().stream().map(p -> new AccountView.Entry(p.id(), p.postedAt(), p.fromAccount(),
                        p.toAccount(), p.amount().amountText(), p.amount().currency(),
                        own.contains(p.toAccount()) ? "in" : "out", p.taskId(), p.reason(), p.ledgerSeq())).toList());
    }

    /**
     * An admin funds a person's requester account: {"owner": sub, "amount": "100.00", "currency": "USD"}.
     * With an Idempotency-Key, a retry of the same request answers the first result and moves nothing.
     */
    @POST
    @Path("admin/deposits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    public Response deposit(String body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidRequestException("Idempotency-Key", "1-255 visible ASCII characters (a UUID is a good choice)");
        }
        JsonBody json = JsonBody.parse(body);
        String owner = json.string("owner");
        String amount = json.string("amount");
        String currency = json.string("currency");
        json.requireWellTyped();
        if (owner == null || owner.isBlank() || owner.length() > 64) {
            throw new InvalidRequestException("owner", "is required: the person's subject id");
        }
        if (amount == null || !AMOUNT.matcher(amount).matches()) {
            throw new InvalidRequestException("amount", "is required: a positive decimal string, e.g. \"100.00\"");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new InvalidRequestException("currency", "is required: an ISO-4217 code such as \"USD\"");
        }
        var deposit = payments.deposit(caller.get(), owner, Money.of(amount, currency), idempotencyKey);
        return Response.ok(new AccountView.Balance(deposit.accountId(), deposit.kind().name().toLowerCase(),
                        deposit.balanceAfter().amountText(), deposit.balanceAfter().currency(), null))
                .header("Idempotent-Replayed", deposit.replayed()).build();
    }
}
