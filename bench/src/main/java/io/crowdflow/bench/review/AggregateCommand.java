package io.crowdflow.bench.review;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.crowdflow.review.domain.aggregation.AggregationResult;
import io.crowdflow.review.domain.aggregation.AnswerAggregator;
import io.crowdflow.review.domain.aggregation.CrowdAnswers;
import io.crowdflow.review.domain.aggregation.DawidSkene;
import io.crowdflow.review.domain.aggregation.MajorityVote;

/**
 * Aggregates crowd answers with the platform's own code (majority vote and Dawid-Skene).
 *
 * <pre>
 * java -cp bench/target/crowdflow-bench.jar io.crowdflow.bench.review.AggregateCommand \
 *      answers.csv [truth.csv] [--gold gold.csv]
 * </pre>
 *
 * <ul>
 *   <li>{@code answers.csv}: {@code task,worker,label}, one answer per line (header optional).</li>
 *   <li>{@code truth.csv} (optional): {@code task,truth}. Given, the command prints each method's accuracy on
 *       the tasks that have a truth; else it prints every task's label and confidence per method.</li>
 *   <li>{@code --gold gold.csv}: {@code task,truth} of control tasks whose answer is known beforehand; both
 *       methods take them as known, Dawid-Skene also learns the workers' reliability from them.</li>
 * </ul>
 * Exit status 0 on success, 2 on bad arguments or input (message on standard error).
 */
public final class AggregateCommand {

    static final String USAGE = "usage: AggregateCommand answers.csv [truth.csv] [--gold gold.csv]";

    private AggregateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path answersFile = null;
        Path truthFile = null;
        Path goldFile = null;
        List<String> rest = new ArrayList<>(List.of(args));
        try {
            int g = rest.indexOf("--gold");
            if (g >= 0) {
                if (g + 1 >= rest.size()) {
                    throw new IllegalArgumentException("--gold needs a file");
                }
                goldFile = Path.of(rest.get(g + 1));
                rest.subList(g, g + 2).clear();
            }
            if (rest.isEmpty() || rest.size() > 2 || rest.stream().anyMatch(a -> a.startsWith("-"))) {
                throw new IllegalArgumentException("expected one or two files");
            }
            answersFile = Path.of(rest.get(0));
            truthFile = rest.size() == 2 ? Path.of(rest.get(1)) : null;

            Map<String, String> gold = goldFile == null ? Map.of() : CrowdCsv.readLabels(goldFile);
            CrowdAnswers answers = CrowdCsv.readAnswers(answersFile);
            Map<String, String> truth = truthFile == null ? null : CrowdCsv.readLabels(truthFile);

            List<AnswerAggregator> methods = List.of(new MajorityVote(), new DawidSkene());
            List<AggregationResult> results = new ArrayList<>();
            List<Long> millis = new ArrayList<>();
            for (AnswerAggregator method : methods) {
                long start = System.nanoTime();
                results.add(method.aggregate(answers, gold));
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            if (truth != null) {
                printAccuracy(out, answers, truth, gold, results, millis);
            } else {
                printLabels(out, results);
            }
            return 0;
        } catch (IllegalArgumentException | IOException e) {
            err.println("AggregateCommand: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }

    private static void printAccuracy(PrintStream out, CrowdAnswers answers, Map<String, String> truth,
                                      Map<String, String> gold, List<AggregationResult> results, List<Long> millis) {
        long judged = answers.items().stream().filter(truth::containsKey).count();
        out.printf(Locale.ROOT, "# %d answers, %d tasks, %d workers, %d labels; %d tasks with a truth%s%n",
                answers.size(), answers.itemCount(), answers.workerCount(), answers.labelCount(), judged,
                gold.isEmpty() ? "" : ", " + gold.size() + " gold");
        out.println("method,accuracy,tasks,iterations,millis");
        for (int m = 0; m < results.size(); m++) {
            AggregationResult r = results.get(m);
            out.printf(Locale.ROOT, "%s,%.4f,%d,%d,%d%n", r.method(), r.accuracyAgainst(truth), judged,
                    r.iterations(), millis.get(m));
        }
    }

    private static void printLabels(PrintStream out, List<AggregationResult> results) {
        out.println("task,method,label,confidence,tied");
        for (AggregationResult r : results) {
            for (AggregationResult.ItemLabel item : r.itemLabels()) {
                out.printf(Locale.ROOT, "%s,%s,%s,%.4f,%s%n", CrowdCsv.quote(item.item()), r.method(),
                        CrowdCsv.quote(item.label()), item.confidence(), item.tied());
            }
        }
    }
}
