package io.crowdflow.rules.governance;

import java.util.Objects;

/**
 * A kind of data a classification rule found in the task content. Inserted into working memory for the
 * decision rules and recorded on the verdict. It deliberately holds no copy of the matched text.
 *
 * @param kind      what was found
 * @param dataClass the class that kind of data puts the task in
 * @param ruleName  the classification rule that found it
 */
public record DataFinding(FindingKind kind, DataClass dataClass, String ruleName) {

    public DataFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dataClass, "dataClass");
        Objects.requireNonNull(ruleName, "ruleName");
    }
}
