package io.crowdflow.bench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AggregateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withATruthFileItPrintsTheAccuracyOfEachMethod() {
        assertThat(run(resource("spammer-heavy-answers.csv"), resource("spammer-heavy-truth.csv"))).isZero();

        assertThat(output()).contains("# 5000 answers, 1000 tasks, 50 workers, 3 labels; 1000 tasks with a truth")
                .contains("method,accuracy,tasks,iterations,millis")
                .containsPattern("majority-vote,0\\.7\\d{3},1000,0,\\d+")
                .containsPattern("dawid-skene,0\\.8\\d{3},1000,\\d+,\\d+");
    }

    @Test
    void withoutATruthFileItPrintsEveryTasksLabelPerMethod() {
        assertThat(run(resource("sample-answers.csv"))).isZero();

        assertThat(output().lines()).hasSize(1 + 2 * 12)
                .first().isEqualTo("task,method,label,confidence,tied");
        assertThat(output()).contains("img-01,majority-vote,cat,0.7500,false").contains("img-01,dawid-skene,cat,");
    }

    @Test
    void quotedFieldsTiesAndGoldAreHandled() throws Exception {
        Path answers = Files.writeString(dir.resolve("a.csv"), """
                task,worker,label
                "q,1",w1,"a ""quoted"" label"
                "q,1",w2,plain
                g1,w1,plain
                g1,w2,"a ""quoted"" label"
                """);
        Path gold = Files.writeString(dir.resolve("g.csv"), "task,truth\ng1,plain\n");

        assertThat(run(answers.toString(), "--gold", gold.toString())).isZero();

        assertThat(output()).contains("\"q,1\",majority-vote,\"a \"\"quoted\"\" label\",0.5000,true")
                .contains("g1,majority-vote,plain,1.0000,false")
                .containsPattern("\"q,1\",dawid-skene,\"a \"\"quoted\"\" label\",0\\.\\d{4},false"); // w1 was right on gold
    }

    @Test
    void badInputFailsWithTheLineAndExitStatusTwo() throws Exception {
        Path answers = Files.writeString(dir.resolve("bad.csv"), "task,worker,label\nt1,w1\n");

        assertThat(run(answers.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.csv:2: expected 3 fields").contains("usage");
        assertThat(run()).isEqualTo(2);
        assertThat(run(answers.toString(), "--gold")).isEqualTo(2);
    }

    private static String resource(String name) {
        return Path.of("src/main/resources/review", name).toString();
    }
}
