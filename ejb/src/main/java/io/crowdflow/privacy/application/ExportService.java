package io.crowdflow.privacy.application;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.governance.application.ReadAccess;
import io.crowdflow.governance.domain.ReadDeniedException;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.access.ReadDecision;
import io.crowdflow.rules.access.ReadRequest;
import io.crowdflow.identity.domain.Person;
import io.crowdflow.identity.domain.PersonRepository;
import io.crowdflow.payment.domain.Account;
import io.crowdflow.payment.domain.Posting;
import io.crowdflow.privacy.domain.ConsentEvent;
import io.crowdflow.privacy.domain.ConsentLog;
import io.crowdflow.privacy.domain.ConsentRecords;
import io.crowdflow.privacy.domain.PersonalDataQueries;
import io.crowdflow.privacy.domain.Purpose;
import io.crowdflow.review.domain.AggregatedAnswer;
import io.crowdflow.review.domain.AggregatedAnswers;
import io.crowdflow.review.domain.Dispute;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskEvent;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything the platform holds about the caller, decrypted, as one JSON document (the right of
 * access and portability): profile, consents and their history, tasks posted with their history,
 * assignments with the reason for each, submissions with answers and decisions, disputes, accounts and
 * every posting that touches them. Content of an erased owner appears as null.
 */
@Stateless
public class ExportService {

    @Inject
    PersonRepository people;

    @Inject
    ConsentRecords consents;

    @Inject
    ConsentLog consentLog;

    @Inject
    PersonalDataQueries data;

    @Inject
    Clock clock;

    @Inject
    AggregatedAnswers aggregatedAnswers;

    @Inject
    ReadAccess readAccess;

    /** Everything about the caller, as the read-access rules allow ("A person may export their own data"). */
    public JsonObject export(Caller caller) {
        ReadDecision decision = readAccess.decide(caller, ReadRequest.export(caller.subject()));
        if (!decision.isAllowed()) {
            throw new ReadDeniedException("this export", decision.deniedBy());
        }
        Person person = people.find(caller.subject()).orElseThrow(() ->
                new IllegalStateException("caller was registered by the REST layer: " + caller.subject()));
        List<Account> accounts = data.accountsOf(person.id());
        return Json.createObjectBuilder()
                .add("exportedAt", clock.now().toString())
                .add("profile", profile(person, caller))
                .add("consents", consents(person.id()))
                .add("tasks", tasks(person.id()))
                .add("assignments", assignments(person.id()))
                .add("submissions", submissions(person.id()))
                .add("disputes", disputes(person.id()))
                .add("accounts", accounts(accounts))
                .add("postings", postings(data.postingsOf(accounts.stream().map(Account::id).toList())))
                .build();
    }

    private JsonObjectBuilder profile(Person person, Caller caller) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        caller.roles().stream().sorted().forEach(roles::add);
        JsonArrayBuilder skills = Json.createArrayBuilder();
        person.skills().forEach(skills::add);
        return Json.createObjectBuilder().add("id", person.id()).add("username", person.username())
                .add("roles", roles).add("worker", person.isWorker()).add("skills", skills)
                .add("registeredAt", person.registeredAt().toString())
                .add("lastAssignedAt", instant(person.lastAssignedAt()));
    }

    private JsonObjectBuilder consents(String personId) {
        Set<Purpose> granted = consents.grantedBy(personId);
        JsonObjectBuilder current = Json.createObjectBuilder();
        for (Purpose p : Purpose.values()) {
            current.add(p.slug(), granted.contains(p));
        }
        JsonArrayBuilder history = Json.createArrayBuilder();
        for (ConsentEvent e : consentLog.of(personId)) {
            history.add(Json.createObjectBuilder().add("purpose", e.purpose()).add("granted", e.granted())
                    .add("at", e.occurredAt().toString()).add("source", e.source()).add("actor", e.actor()));
        }
        return Json.createObjectBuilder().add("current", current).add("history", history);
    }

    private JsonArrayBuilder tasks(String personId) {
        JsonArrayBuilder tasks = Json.createArrayBuilder();
        for (Task t : data.tasksPostedBy(personId)) {
            JsonArrayBuilder events = Json.createArrayBuilder();
            for (TaskEvent e : t.events()) {
                events.add(Json.createObjectBuilder().add("at", e.occurredAt().toString())
                        .add("type", e.type().name().toLowerCase()).add("reason", e.reason()));
            }
            tasks.add(Json.createObjectBuilder().add("id", t.id()).add("title", text(t.title()))
                    .add("instructions", text(t.instructions())).add("type", t.type())
                    .add("reward", t.reward().amountText() + " " + t.reward().currency())
                    .add("status", t.status().name().toLowerCase()).add("input", json(t.inputJson()))
                    .add("createdAt", t.createdAt().toString()).add("events", events)
                    .add("aggregatedAnswer", aggregatedAnswers.ofTask(t.id()).map(AggregatedAnswer::label)
                            .map(ExportService::text).orElse(JsonValue.NULL)));
        }
        return tasks;
    }

    private JsonArrayBuilder assignments(String personId) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Assignment a : data.assignmentsOf(personId)) {
            out.add(Json.createObjectBuilder().add("id", a.id()).add("taskId", a.taskId())
                    .add("status", a.status().name().toLowerCase()).add("assignedAt", a.assignedAt().toString())
                    .add("dueAt", a.dueAt().toString()).add("closedAt", instant(a.closedAt()))
                    .add("why", a.reason()).add("policy", text(a.policy()))
                    .add("featuresKept", a.features() != null));
        }
        return out;
    }

    private JsonArrayBuilder submissions(String personId) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Submission s : data.submissionsOf(personId)) {
            out.add(Json.createObjectBuilder().add("id", s.id()).add("assignmentId", s.assignmentId())
                    .add("taskId", s.taskId()).add("answer", json(s.answerJson()))
                    .add("submittedAt", s.submittedAt().toString())
                    .add("decision", s.decision() == null ? JsonValue.NULL : Json.createValue(s.decision().name().toLowerCase()))
                    .add("decisionReason", text(s.decisionReason())).add("decidedAt", instant(s.decidedAt())));
        }
        return out;
    }

    private JsonArrayBuilder disputes(String personId) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Dispute d : data.disputesOf(personId)) {
            out.add(Json.createObjectBuilder().add("id", d.id()).add("submissionId", d.submissionId())
                    .add("reason", text(d.reason())).add("filedAt", d.filedAt().toString())
                    .add("decision", d.decision() == null ? JsonValue.NULL : Json.createValue(d.decision().name().toLowerCase()))
                    .add("decisionReason", text(d.decisionReason())));
        }
        return out;
    }

    private JsonArrayBuilder accounts(List<Account> accounts) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Account a : accounts) {
            out.add(Json.createObjectBuilder().add("id", a.id()).add("kind", a.kind().name().toLowerCase())
                    .add("balance", a.balance().amountText()).add("currency", a.currency()));
        }
        return out;
    }

    private JsonArrayBuilder postings(List<Posting> postings) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Posting p : postings) {
            out.add(Json.createObjectBuilder().add("id", p.id()).add("at", p.postedAt().toString())
                    .add("from", p.fromAccount()).add("to", p.toAccount()).add("amount", p.amount().amountText())
                    .add("currency", p.amount().currency()).add("taskId", text(p.taskId()))
                    .add("reason", p.reason())
                    .add("ledgerSeq", p.ledgerSeq() == null ? JsonValue.NULL : Json.createValue(p.ledgerSeq())));
        }
        return out;
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonValue instant(Instant value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }

    private static JsonValue json(String value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        try {
            return Json.createReader(new StringReader(value)).readValue();
        } catch (JsonParsingException e) {
            return Json.createValue(value);
        }
    }
}
