package io.crowdflow.review.domain.aggregation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The answers of a crowd: rows of (item, worker, label), indexed to ints once so the aggregation methods
 * work on arrays. Items and workers are numbered in order of first appearance; labels in their natural
 * (lexicographic) order, so "the lowest label index" is a deterministic, input-order-independent tie-break.
 *
 * <p>Immutable once built; build with {@link #builder()}. A worker who answers the same item twice counts
 * twice (the platform never assigns a worker the same task twice).
 */
public final class CrowdAnswers {

    private final List<String> items;
    private final List<String> workers;
    private final List<String> labels;
    private final int[] item;
    private final int[] worker;
    private final int[] label;
    private final Map<String, Integer> itemIds;
    private final Map<String, Integer> workerIds;

    private CrowdAnswers(List<String> items, List<String> workers, List<String> labels,
                         int[] item, int[] worker, int[] label) {
        this.itemIds = indexOf(items);
        this.workerIds = indexOf(workers);
        this.items = items;
        this.workers = workers;
        this.labels = labels;
        this.item = item;
        this.worker = worker;
        this.label = label;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of answers (rows). */
    public int size() {
        return item.length;
    }

    public int itemCount() {
        return items.size();
    }

    public int workerCount() {
        return workers.size();
    }

    public int labelCount() {
        return labels.size();
    }

    public String itemName(int i) {
        return items.get(i);
    }

    public String workerName(int w) {
        return workers.get(w);
    }

    public String labelName(int k) {
        return labels.get(k);
    }

    /** Item ids in index order. */
    public List<String> items() {
        return items;
    }

    /** Worker ids in index order. */
    public List<String> workers() {
        return workers;
    }

    /** Labels in index (lexicographic) order. */
    public List<String> labels() {
        return labels;
    }

    /** The index of {@code name} among the labels, or -1. */
    public int labelIndex(String name) {
        int k = Collections.binarySearch(labels, name);
        return k >= 0 ? k : -1;
    }

    /** The index of {@code name} among the items, or -1. */
    public int itemIndex(String name) {
        return itemIds.getOrDefault(name, -1);
    }

    /** The index of {@code name} among the workers, or -1. */
    public int workerIndex(String name) {
        return workerIds.getOrDefault(name, -1);
    }

    private static Map<String, Integer> indexOf(List<String> names) {
        Map<String, Integer> ids = new HashMap<>(names.size() * 2);
        for (int n = 0; n < names.size(); n++) {
            ids.put(names.get(n), n);
        }
        return ids;
    }

    /** The item index of answer {@code n} (0 ≤ n &lt; {@link #size()}). */
    public int itemOfAnswer(int n) {
        return item[n];
    }

    /** The worker index of answer {@code n}. */
    public int workerOfAnswer(int n) {
        return worker[n];
    }

    /** The label index of answer {@code n}. */
    public int labelOfAnswer(int n) {
        return label[n];
    }

    // package-private array access for the methods (no copies in the inner loops)
    int[] itemOf() {
        return item;
    }

    int[] workerOf() {
        return worker;
    }

    int[] labelOf() {
        return label;
    }

    /** Collects rows; {@link #build()} indexes them. */
    public static final class Builder {
        private final Map<String, Integer> itemIds = new HashMap<>();
        private final List<String> items = new ArrayList<>();
        private final Map<String, Integer> workerIds = new HashMap<>();
        private final List<String> workers = new ArrayList<>();
        private final TreeSet<String> labelSet = new TreeSet<>();
        private final List<String> rowLabels = new ArrayList<>();
        private int[] item = new int[16];
        private int[] worker = new int[16];
        private int size;

        private Builder() {
        }

        /** Adds one answer. Blank ids or labels are refused: clean the data before aggregating. */
        public Builder add(String itemId, String workerId, String labelValue) {
            requireText(itemId, "item");
            requireText(workerId, "worker");
            requireText(labelValue, "label");
            if (size == item.length) {
                item = Arrays.copyOf(item, size * 2);
                worker = Arrays.copyOf(worker, size * 2);
            }
            item[size] = itemIds.computeIfAbsent(itemId, id -> {
                items.add(id);
                return items.size() - 1;
            });
            worker[size] = workerIds.computeIfAbsent(workerId, id -> {
                workers.add(id);
                return workers.size() - 1;
            });
            labelSet.add(labelValue);
            rowLabels.add(labelValue);
            size++;
            return this;
        }

        /**
         * Also declares labels nobody may have chosen (e.g. the task's full label set or a gold answer), so
         * they get an index.
         */
        public Builder declareLabels(Iterable<String> values) {
            for (String v : values) {
                requireText(v, "label");
                labelSet.add(v);
            }
            return this;
        }

        public CrowdAnswers build() {
            if (size == 0) {
                throw new IllegalArgumentException("No answers to aggregate");
            }
            List<String> labels = List.copyOf(labelSet);
            Map<String, Integer> labelIds = new HashMap<>();
            for (int k = 0; k < labels.size(); k++) {
                labelIds.put(labels.get(k), k);
            }
            int[] label = new int[size];
            for (int n = 0; n < size; n++) {
                label[n] = labelIds.get(rowLabels.get(n));
            }
            return new CrowdAnswers(List.copyOf(items), List.copyOf(workers), labels,
                    Arrays.copyOf(item, size), Arrays.copyOf(worker, size), label);
        }

        private static void requireText(String value, String what) {
            if (Objects.requireNonNull(value, what).isBlank()) {
                throw new IllegalArgumentException("Blank " + what);
            }
        }
    }
}
