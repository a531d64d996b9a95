package io.crowdflow.identity.infrastructure.jpa;

import io.crowdflow.identity.domain.Person;
import io.crowdflow.identity.domain.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public Optional<Person> find(String id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public void add(Person person) {
        em.persist(person);
    }

    @Override
    public List<Person> workersInTurnOrder() {
        return em.createQuery("select p from Person p where p.worker = true "
                        + "order by case when p.lastAssignedAt is null then 0 else 1 end, p.lastAssignedAt, p.id",
                Person.class).getResultList();
    }
}
