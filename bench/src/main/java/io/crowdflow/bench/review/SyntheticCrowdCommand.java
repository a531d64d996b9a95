package io.crowdflow.bench.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

import io.crowdflow.review.domain.aggregation.CrowdAnswers;
import io.crowdflow.review.domain.aggregation.SyntheticCrowd;

/**
 * Writes a synthetic crowd (the tests' and benchmarks' {@link SyntheticCrowd}) as the two CSV files the
 * {@link AggregateCommand} reads.
 *
 * <pre>
 * java -cp bench/target/crowdflow-bench.jar io.crowdflow.bench.review.SyntheticCrowdCommand \
 *      balanced|spammer-heavy items seed answers.csv truth.csv
 * </pre>
 */
public final class SyntheticCrowdCommand {

    private SyntheticCrowdCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5 || !(args[0].equals("balanced") || args[0].equals("spammer-heavy"))) {
            System.err.println("usage: SyntheticCrowdCommand balanced|spammer-heavy items seed answers.csv truth.csv");
            System.exit(2);
        }
        int items = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        SyntheticCrowd crowd = args[0].equals("balanced")
                ? SyntheticCrowd.balanced(items, seed) : SyntheticCrowd.spammerHeavy(items, seed);
        write(crowd.generate(), Path.of(args[3]), Path.of(args[4]));
    }

    static void write(SyntheticCrowd.Sample sample, Path answersFile, Path truthFile) throws IOException {
        CrowdAnswers answers = sample.answers();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(answersFile, StandardCharsets.UTF_8))) {
            out.println("task,worker,label");
            for (int n = 0; n < answers.size(); n++) {
                out.println(answers.itemName(answers.itemOfAnswer(n)) + "," + answers.workerName(answers.workerOfAnswer(n))
                        + "," + answers.labelName(answers.labelOfAnswer(n)));
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8))) {
            out.println("task,truth");
            new TreeMap<>(sample.truth()).forEach((task, truth) -> out.println(task + "," + truth));
        }
    }
}
