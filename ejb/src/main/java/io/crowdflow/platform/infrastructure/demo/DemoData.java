package io.crowdflow.platform.infrastructure.demo;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.identity.domain.Person;
import io.crowdflow.identity.domain.PersonRepository;
import io.crowdflow.payment.application.PaymentService;
import io.crowdflow.payment.domain.AccountRepository;
import io.crowdflow.payment.domain.AccountKind;
import io.crowdflow.shared.application.PlatformSettings;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.Money;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo realm's people, known to the platform from the start when {@code crowdflow.demo-data=true}
 * (the README's run command sets it): workers registered with their skills, requesters funded.
 * Ids are the fixed user ids of realm/src/main/resources/crowdflow-realm.json. Loading twice changes nothing.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final Money STARTING_FUNDS = Money.of("1000.00", "USD");

    record DemoPerson(String id, String username, String role, List<String> skills) {
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("11111111-0000-4000-8000-000000000001", "requester", Caller.REQUESTER, List.of()),
            new DemoPerson("11111111-0000-4000-8000-000000000002", "requester2", Caller.REQUESTER, List.of()),
            new DemoPerson("22222222-0000-4000-8000-000000000001", "worker1", Caller.WORKER, List.of("image", "text")),
            new DemoPerson("22222222-0000-4000-8000-000000000002", "worker2", Caller.WORKER, List.of("image")),
            new DemoPerson("22222222-0000-4000-8000-000000000003", "worker3", Caller.WORKER,
                    List.of("text", "translation")));

    @Inject
    PlatformSettings settings;

    @Inject
    PersonRepository people;

    @Inject
    AccountRepository accounts;

    @Inject
    PaymentService payments;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!settings.demoData()) {
            return;
        }
        Caller platform = new Caller("crowdflow-demo-data", "demo-data", Set.of(Caller.ADMIN));
        for (DemoPerson demo : PEOPLE) {
            Caller caller = new Caller(demo.id(), demo.username(), Set.of(demo.role()));
            if (people.find(demo.id()).isEmpty()) {
                Person person = new Person(caller, clock.now());
                person.changeSkills(demo.skills());
                people.add(person);
            }
            if (Caller.REQUESTER.equals(demo.role())
                    && !accounts.balanceOf(AccountKind.REQUESTER, demo.id(), "USD").isPositive()) {
                payments.deposit(platform, demo.id(), STARTING_FUNDS);
            }
        }
        LOG.info("CROWDFLOW-09001 demo data loaded: " + PEOPLE.size() + " people, requesters funded with "
                + STARTING_FUNDS.amountText() + " " + STARTING_FUNDS.currency());
    }
}
