package io.crowdflow.review.infrastructure.jpa;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.review.domain.AnswerReader;
import io.crowdflow.review.domain.GoldItem;
import io.crowdflow.review.domain.GoldItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaGoldItems implements GoldItems {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public void add(GoldItem item) {
        em.persist(item);
    }

    @Override
    public Optional<GoldItem> find(String id) {
        return Optional.ofNullable(em.find(GoldItem.class, id));
    }

    @Override
    public Optional<GoldItem> findForWithdrawal(String id) {
        return Optional.ofNullable(em.find(GoldItem.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<GoldItem> mixableOf(String requesterId, String taskType) {
        return em.createQuery("select g from GoldItem g where g.requesterId = :requester and g.type = :type "
                        + "and g.withdrawnAt is null order by g.createdAt, g.id", GoldItem.class)
                .setParameter("requester", requesterId).setParameter("type", taskType).getResultList();
    }

    @Override
    public boolean anyMixable(String requesterId, String taskType) {
        // one entry of ix_gold_item_owner_type at most
        return !em.createQuery("select g.id from GoldItem g where g.requesterId = :requester and g.type = :type "
                        + "and g.withdrawnAt is null", String.class)
                .setParameter("requester", requesterId).setParameter("type", taskType).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public List<GoldItem> ofRequester(String requesterId) {
        return em.createQuery("select g from GoldItem g where g.requesterId = :requester "
                        + "order by g.createdAt desc, g.id", GoldItem.class)
                .setParameter("requester", requesterId).getResultList();
    }

    @Override
    public Set<String> givenTo(String workerId, Collection<String> itemIds) {
        if (itemIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct t.goldItemId from Task t where t.reservedFor = :worker "
                        + "and t.goldItemId in :items", String.class)
                .setParameter("worker", workerId).setParameter("items", itemIds).getResultList());
    }

    @Override
    public Usage usageOf(GoldItem item) {
        long mixedIn = em.createQuery("select count(t) from Task t where t.goldItemId = :item", Long.class)
                .setParameter("item", item.id()).getSingleResult();
        List<Submission> answers = em.createQuery("select s from Submission s, Task t where t.id = s.taskId "
                        + "and t.goldItemId = :item", Submission.class)
                .setParameter("item", item.id()).getResultList();
        String known = normalise(item.answer());
        int correct = (int) answers.stream().filter(s -> known.equals(normalise(AnswerReader.textOf(s.answerJson()))))
                .count();
        return new Usage((int) mixedIn, answers.size(), correct);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
