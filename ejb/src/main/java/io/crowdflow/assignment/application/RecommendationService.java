package io.crowdflow.assignment.application;

import io.crowdflow.assignment.domain.OpenTasks;
import io.crowdflow.assignment.domain.TaskAffinities;
import io.crowdflow.assignment.domain.TaskAffinities.Affinity;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.identity.domain.Person;
import io.crowdflow.identity.domain.PersonRepository;
import io.crowdflow.privacy.application.ConsentHolders;
import io.crowdflow.privacy.domain.Purpose;
import io.crowdflow.shared.domain.UnavailableException;
import io.crowdflow.task.domain.Task;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Open tasks a worker may take, ranked by the recommender's estimate for each task's type. Eligibility is
 * that of assignment without the capacity check (a full worker still sees what suits them): not the
 * requester, every required skill, never held a slot of the task. Without consent to
 * {@code recommendations} the ranking is the popularity baseline, and each {@code why} says so.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RecommendationService {

    static final int CANDIDATES = 500;
    static final int MAX_RESULTS = 50;

    @Inject
    OpenTasks openTasks;

    @Inject
    PersonRepository people;

    @Inject
    TaskAffinities affinities;

    @Inject
    ConsentHolders consents;

    public List<Recommendation> forWorker(Caller worker) {
        String id = worker.subject();
        List<String> skills = people.find(id).map(Person::skills).orElse(List.of());
        Set<String> held = openTasks.heldBy(id);
        boolean personalised = consented(id);
        return openTasks.withFreeSlots(CANDIDATES).stream()
                .filter(t -> !t.isOwnedBy(id) && !held.contains(t.id()) && skills.containsAll(t.skills()))
                .map(t -> new Recommendation(t, affinities.of(id, t.type(), personalised)))
                .sorted(Comparator.comparingDouble((Recommendation r) -> r.affinity().score()).reversed())
                .limit(MAX_RESULTS)
                .toList();
    }

    public TaskAffinities.ModelSummary rebuild() {
        return affinities.rebuild();
    }

    /** The model served now, and whether a rebuild is running (the console shows it busy until it is done). */
    public TaskAffinities.Status status() {
        return affinities.status();
    }

    /** When Keycloak cannot be asked, no one counts as having consented: never profiled without consent. */
    private boolean consented(String workerId) {
        try {
            return consents.withoutConsent(Purpose.RECOMMENDATIONS, List.of(workerId)).isEmpty();
        } catch (UnavailableException e) {
            return false;
        }
    }

    public record Recommendation(Task task, Affinity affinity) {
    }
}
