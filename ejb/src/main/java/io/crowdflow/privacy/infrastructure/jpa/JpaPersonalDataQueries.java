package io.crowdflow.privacy.infrastructure.jpa;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.payment.domain.Account;
import io.crowdflow.payment.domain.Posting;
import io.crowdflow.privacy.domain.PersonalDataQueries;
import io.crowdflow.review.domain.Dispute;
import io.crowdflow.task.domain.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaPersonalDataQueries implements PersonalDataQueries {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public List<Task> tasksPostedBy(String personId) {
        return em.createQuery("select t from Task t where t.requesterId = :p order by t.createdAt", Task.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public List<Assignment> assignmentsOf(String personId) {
        return em.createQuery("select a from Assignment a where a.workerId = :p order by a.assignedAt", Assignment.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public List<Submission> submissionsOf(String personId) {
        return em.createQuery("select s from Submission s where s.workerId = :p order by s.submittedAt",
                Submission.class).setParameter("p", personId).getResultList();
    }

    @Override
    public List<Dispute> disputesOf(String personId) {
        return em.createQuery("select d from Dispute d where d.workerId = :p order by d.filedAt", Dispute.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public List<Account> accountsOf(String personId) {
        return em.createQuery("select a from Account a where a.ownerId = :p order by a.id", Account.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public List<Posting> postingsOf(List<String> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Posting p where p.fromAccount in :a or p.toAccount in :a "
                        + "order by p.postedAt, p.id",
                Posting.class).setParameter("a", accountIds).getResultList();
    }
}
