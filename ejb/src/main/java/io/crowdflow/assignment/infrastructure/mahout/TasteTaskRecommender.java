package io.crowdflow.assignment.infrastructure.mahout;

import io.crowdflow.assignment.domain.TaskAffinities.Affinity;
import io.crowdflow.assignment.domain.TaskAffinities.ModelSummary;
import org.apache.mahout.cf.taste.common.NoSuchItemException;
import org.apache.mahout.cf.taste.common.NoSuchUserException;
import org.apache.mahout.cf.taste.common.TasteException;
import org.apache.mahout.cf.taste.common.Weighting;
import org.apache.mahout.cf.taste.impl.common.FastByIDMap;
import org.apache.mahout.cf.taste.impl.model.GenericDataModel;
import org.apache.mahout.cf.taste.impl.model.GenericUserPreferenceArray;
import org.apache.mahout.cf.taste.impl.neighborhood.CachingUserNeighborhood;
import org.apache.mahout.cf.taste.impl.neighborhood.NearestNUserNeighborhood;
import org.apache.mahout.cf.taste.impl.recommender.GenericItemBasedRecommender;
import org.apache.mahout.cf.taste.impl.recommender.GenericUserBasedRecommender;
import org.apache.mahout.cf.taste.impl.common.LongPrimitiveIterator;
import org.apache.mahout.cf.taste.impl.similarity.EuclideanDistanceSimilarity;
import org.apache.mahout.cf.taste.impl.similarity.GenericItemSimilarity;
import org.apache.mahout.cf.taste.recommender.ItemBasedRecommender;
import org.apache.mahout.cf.taste.recommender.RecommendedItem;
import org.apache.mahout.cf.taste.similarity.ItemSimilarity;
import org.apache.mahout.cf.taste.model.DataModel;
import org.apache.mahout.cf.taste.model.PreferenceArray;
import org.apache.mahout.cf.taste.recommender.Recommender;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One immutable, built model: workers are Taste users, task types are Taste items, the share of a worker's
 * accepted work of a type is the preference. Estimates come from the configured Taste recommender; a
 * worker or type the model has no estimate for gets the popularity baseline (cold start). Safe for
 * concurrent readers: it is never changed after {@link #build}.
 */
public final class TasteTaskRecommender {

    static final int NEIGHBOURS = 20;

    /**
     * The default of {@code crowdflow.recommendations.similar-types}: 0, every estimate compares the type with
     * each of the worker's types exactly. A positive k keeps each type's k most similar types, computed once
     * per build, and estimates read only those pairs: far faster per request, but fewer estimates are
     * personalised (docs/benchmarks.md, "In the platform: one worker's recommendations").
     */
    public static final int SIMILAR_TYPES = 0;

    private final RecommenderVariant variant;
    private final Map<String, Long> workerIds;
    private final Map<String, Long> typeIds;
    private final Map<String, Integer> workersWithAcceptedWork;
    private final int mostPopular;
    private final Recommender recommender;
    private final ModelSummary summary;

    private TasteTaskRecommender(RecommenderVariant variant, Map<String, Long> workerIds, Map<String, Long> typeIds,
                                 Map<String, Integer> workersWithAcceptedWork, Recommender recommender,
                                 ModelSummary summary) {
        this.variant = variant;
        this.workerIds = workerIds;
        this.typeIds = typeIds;
        this.workersWithAcceptedWork = workersWithAcceptedWork;
        this.mostPopular = workersWithAcceptedWork.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        this.recommender = recommender;
        this.summary = summary;
    }

    /** The model before the first build: everyone gets the (empty) popularity baseline. */
    public static TasteTaskRecommender empty(RecommenderVariant variant) {
        return build(List.of(), variant, Instant.EPOCH);
    }

    public static TasteTaskRecommender build(List<TypePreference> history, RecommenderVariant variant, Instant now) {
        return build(history, variant, SIMILAR_TYPES, now);
    }

    /**
     * @param similarTypes for the item-based variant: how many most similar types to keep per type; 0 keeps
     *                     none and compares types exactly at every estimate (slower by the number of workers)
     */
    public static TasteTaskRecommender build(List<TypePreference> history, RecommenderVariant variant,
                                             int similarTypes, Instant now) {
        long started = System.nanoTime();
        Map<String, Long> workerIds = new HashMap<>();
        Map<String, Long> typeIds = new HashMap<>();
        Map<String, Integer> popular = new HashMap<>();
        Map<Long, List<TypePreference>> byWorker = new HashMap<>();
        for (TypePreference p : history) {
            long worker = workerIds.computeIfAbsent(p.workerId(), w -> (long) workerIds.size());
            typeIds.computeIfAbsent(p.taskType(), t -> (long) typeIds.size());
            byWorker.computeIfAbsent(worker, w -> new ArrayList<>()).add(p);
            if (p.accepted() > 0) {
                popular.merge(p.taskType(), 1, Integer::sum);
            }
        }
        FastByIDMap<PreferenceArray> users = new FastByIDMap<>(byWorker.size());
        byWorker.forEach((worker, prefs) -> {
            PreferenceArray array = new GenericUserPreferenceArray(prefs.size());
            array.setUserID(0, worker);
            for (int i = 0; i < prefs.size(); i++) {
                array.setItemID(i, typeIds.get(prefs.get(i).taskType()));
                array.setValue(i, prefs.get(i).value());
            }
            users.put(worker, array);
        });
        DataModel model = new GenericDataModel(users);
        Recommender recommender = history.isEmpty() ? null : recommenderOf(variant, similarTypes, model);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new TasteTaskRecommender(variant, Map.copyOf(workerIds), Map.copyOf(typeIds), Map.copyOf(popular),
                recommender, new ModelSummary(variant.slug(), workerIds.size(), typeIds.size(), history.size(), now,
                        millis));
    }

    private static Recommender recommenderOf(RecommenderVariant variant, int similarTypes, DataModel model) {
        try {
            return switch (variant) {
                case ITEM_BASED -> {
                    var similarity = new EuclideanDistanceSimilarity(model);
                    if (similarTypes <= 0) {
                        yield new GenericItemBasedRecommender(model, similarity);
                    }
                    // kept pairs are chosen by similarity weighted by how many workers did both types (so that a
                    // pair two workers happen to share does not crowd out the well-supported ones) and keep
                    // their exact similarity
                    var weighted = new GenericItemBasedRecommender(model,
                            new EuclideanDistanceSimilarity(model, Weighting.WEIGHTED));
                    yield new GenericItemBasedRecommender(model,
                            new GenericItemSimilarity(mostSimilarTypes(weighted, similarity, model, similarTypes)));
                }
                case USER_BASED -> {
                    EuclideanDistanceSimilarity similarity = new EuclideanDistanceSimilarity(model);
                    yield new GenericUserBasedRecommender(model,
                            new CachingUserNeighborhood(new NearestNUserNeighborhood(NEIGHBOURS, similarity, model),
                                    model), similarity);
                }
                case POPULARITY -> null;
            };
        } catch (TasteException e) {
            throw new IllegalStateException("the " + variant.slug() + " recommender could not be built", e);
        }
    }

    /** Each type's {@code k} most similar types as {@code chooser} ranks them, with their exact similarity. */
    private static List<GenericItemSimilarity.ItemItemSimilarity> mostSimilarTypes(ItemBasedRecommender chooser,
                                                                                   ItemSimilarity exact,
                                                                                   DataModel model, int k)
            throws TasteException {
        List<Long> types = new ArrayList<>();
        LongPrimitiveIterator ids = model.getItemIDs();
        while (ids.hasNext()) {
            types.add(ids.nextLong());
        }
        List<GenericItemSimilarity.ItemItemSimilarity> pairs = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            types.parallelStream().forEach(type -> {
                try {
                    for (RecommendedItem similar : chooser.mostSimilarItems(type, k)) {
                        pairs.add(new GenericItemSimilarity.ItemItemSimilarity(type, similar.getItemID(),
                                exact.itemSimilarity(type, similar.getItemID())));
                    }
                } catch (TasteException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof TasteException taste) {
                throw taste;
            }
            throw e;
        }
        return pairs;
    }

    /** The worker's estimated preference for the type, or the popularity baseline when there is none. */
    public Affinity affinity(String workerId, String taskType, boolean personalised) {
        if (!personalised) {
            return popular(taskType, "not personalised: no consent to recommendations");
        }
        if (recommender == null) {
            return popular(taskType, variant == RecommenderVariant.POPULARITY ? "configured baseline"
                    : "no model built yet");
        }
        Long worker = workerIds.get(workerId);
        if (worker == null) {
            return popular(taskType, "no reviewed work of yours yet");
        }
        Long type = typeIds.get(taskType);
        if (type == null) {
            return popular(taskType, "no reviewed work of this task type yet");
        }
        float estimate;
        try {
            estimate = recommender.estimatePreference(worker, type);
        } catch (NoSuchUserException | NoSuchItemException e) {
            estimate = Float.NaN;
        } catch (TasteException e) {
            throw new IllegalStateException("the recommender could not estimate", e);
        }
        if (Float.isNaN(estimate)) {
            return popular(taskType, "no similar " + (variant == RecommenderVariant.USER_BASED ? "workers" : "task types")
                    + " to estimate from");
        }
        double score = Math.max(0, Math.min(1, estimate));
        return new Affinity(score, String.format(Locale.ROOT,
                "mahout %s estimate %.2f of accepted work; model of %d workers x %d task types built %s",
                variant.slug(), score, summary.workers(), summary.taskTypes(), summary.builtAt()), true);
    }

    private Affinity popular(String taskType, String because) {
        int workers = workersWithAcceptedWork.getOrDefault(taskType, 0);
        double score = mostPopular == 0 ? 0 : (double) workers / mostPopular;
        return new Affinity(score, String.format(Locale.ROOT,
                "popular among workers: %d with accepted work of this type (%s)", workers, because), false);
    }

    public ModelSummary summary() {
        return summary;
    }
}
