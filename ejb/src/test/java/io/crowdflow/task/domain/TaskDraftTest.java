package io.crowdflow.task.domain;

import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import io.crowdflow.shared.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TaskDraftTest {

    /** A raw request that passes every rule; each test breaks one thing. */
    private static RawRequest valid() {
        return new RawRequest();
    }

    @Test
    void aRegionIsOptionalUpperCasedAndMustBeACode() {
        assertThat(TaskDraft.from(withRegion(null)).region()).isNull();
        assertThat(TaskDraft.from(withRegion(" eu ")).region()).isEqualTo("EU");
        assertThat(TaskDraft.from(withRegion("us-ca")).region()).isEqualTo("US-CA");
        for (String bad : new String[]{"Europe, mostly", "1EU", "E".repeat(21), "EU\u0000"}) {
            assertThatThrownBy(() -> TaskDraft.from(withRegion(bad))).as(bad)
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                            .extracting(InvalidRequestException.Violation::field).containsExactly("region"));
        }
    }

    private static TaskDraft.Raw withRegion(String region) {
        return new TaskDraft.Raw("Survey", null, "survey", "0.20", "USD", 1, "PT1H", List.of(), null,
                null, null, null, null, region);
    }

    @Test
    void aValidRequestBecomesADraftWithTrimmedAndNormalisedValues() {
        TaskDraft draft = TaskDraft.from(valid()
                .title("  Label the cats  ")
                .type(" Labeling ")
                .skills(List.of("English", "image-tagging"))
                .build());

        assertThat(draft.title()).isEqualTo("Label the cats");
        assertThat(draft.instructions()).isEqualTo("Draw a box around each cat.");
        assertThat(draft.type()).isEqualTo("labeling");
        assertThat(draft.reward()).isEqualTo(Money.of("0.50", "USD"));
        assertThat(draft.redundancy()).isEqualTo(3);
        assertThat(draft.deadline()).isEqualTo(Duration.ofHours(1));
        assertThat(draft.skills()).containsExactly("english", "image-tagging");
        assertThat(draft.inputJson()).isEqualTo("{\"image\":\"cat.png\"}");
        assertThat(draft.totalReward()).isEqualTo(Money.of("1.50", "USD"));
    }

    @Test
    void withoutReviewPreferencesTheTaskTakesThePlatformDefaultsAndNoExtraAssignment() {
        TaskDraft draft = TaskDraft.from(valid().build());

        assertThat(draft.review()).isEqualTo(new ReviewPlan(null, null, 3, null));
        assertThat(draft.escrowedSlots()).isEqualTo(3);
        assertThat(draft.review().isGold()).isFalse();
    }

    @Test
    void dynamicOverlapEscrowsEveryAssignmentItMayMake() {
        TaskDraft draft = TaskDraft.from(valid().aggregation(" Dawid-Skene ").targetConfidence("0.8")
                .maxAssignments(5).goldAnswer(" cat ").build());

        assertThat(draft.review()).isEqualTo(new ReviewPlan("dawid-skene", new java.math.BigDecimal("0.8"), 5, "cat"));
        assertThat(draft.escrowedSlots()).isEqualTo(5);
        assertThat(draft.totalReward()).isEqualTo(Money.of("2.50", "USD"));
    }

    @Test
    void badReviewPreferencesAreEachReportedOnTheirField() {
        InvalidRequestException e = catchThrowableOfType(() -> TaskDraft.from(valid().aggregation("average")
                .targetConfidence("1.5").maxAssignments(2).goldAnswer("  ").build()), InvalidRequestException.class);

        assertThat(e.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("aggregation", "targetConfidence", "maxAssignments", "goldAnswer");
    }

    @Test
    void aTaskMaySetItsOwnGoldRateBetweenNoneAndOneGoldItemPerAssignment() {
        assertThat(TaskDraft.from(valid().goldRate("0").build()).review().goldRate()).isZero();
        assertThat(TaskDraft.from(valid().goldRate("0.25").build()).review().goldRate())
                .isEqualByComparingTo("0.25");
        assertThat(TaskDraft.from(valid().build()).review().goldRate()).as("the platform's setting").isNull();
    }

    @Test
    void aGoldRateAboveOneBelowZeroOrOnAGoldQuestionIsRefused() {
        for (RawRequest bad : List.of(valid().goldRate("1.5"), valid().goldRate("-0.1"),
                valid().goldRate("0.2").goldAnswer("cat"))) {
            InvalidRequestException e = catchThrowableOfType(() -> TaskDraft.from(bad.build()),
                    InvalidRequestException.class);
            assertThat(e.violations()).extracting(Violation::field).containsExactly("goldRate");
        }
    }

    @Test
    void aTargetOfZeroAndMoreAssignmentsThanTheMostRedundancyAreRefused() {
        InvalidRequestException e = catchThrowableOfType(() -> TaskDraft.from(valid().targetConfidence("0")
                .maxAssignments(TaskDraft.MAX_REDUNDANCY + 1).build()), InvalidRequestException.class);

        assertThat(e.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("targetConfidence", "maxAssignments");
    }

    @Test
    void redundancyDefaultsToOneWhenAbsent() {
        TaskDraft draft = TaskDraft.from(valid().redundancy(null).build());

        assertThat(draft.redundancy()).isEqualTo(1);
        assertThat(draft.totalReward()).isEqualTo(draft.reward());
    }

    @Test
    void instructionsSkillsAndInputAreOptional() {
        TaskDraft draft = TaskDraft.from(valid().instructions(null).skills(null).inputJson(null).build());

        assertThat(draft.instructions()).isNull();
        assertThat(draft.skills()).isEmpty();
        assertThat(draft.inputJson()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankTitleIsRequired(String title) {
        assertThat(violationsOf(valid().title(title))).containsExactly(new Violation("title", "is required"));
    }

    @Test
    void missingTitleIsRequired() {
        assertThat(violationsOf(valid().title(null))).containsExactly(new Violation("title", "is required"));
    }

    @Test
    void titleOfTwoHundredCharactersIsAcceptedButOneMoreIsNot() {
        assertThat(TaskDraft.from(valid().title("t".repeat(200)).build()).title()).hasSize(200);

        assertThat(violationsOf(valid().title("t".repeat(201))))
                .containsExactly(new Violation("title", "at most 200 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bell\u0007", "nul\u0000here", "esc\u001b[31m", "del\u007f"})
    void titleWithControlCharactersIsRefused(String title) {
        assertThat(violationsOf(valid().title(title)))
                .containsExactly(new Violation("title", "must not contain control characters"));
    }

    @Test
    void instructionsMayHoldLineBreaksAndTabsButNotOtherControlCharacters() {
        assertThat(TaskDraft.from(valid().instructions("step 1:\tlook\r\nstep 2: label").build()).instructions())
                .isEqualTo("step 1:\tlook\r\nstep 2: label");

        assertThat(fieldsOf(valid().instructions("step\u0000"))).containsExactly("instructions");
        assertThat(fieldsOf(valid().instructions("i".repeat(4001)))).containsExactly("instructions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1abc", "-labeling", "label ing", "label_ing", "étiquette"})
    void typeMustBeLowerCaseLettersDigitsOrDashStartingWithALetter(String type) {
        assertThat(fieldsOf(valid().type(type))).containsExactly("type");
    }

    @Test
    void typeIsRequiredAndAtMostFortyCharacters() {
        assertThat(fieldsOf(valid().type(null))).containsExactly("type");
        assertThat(TaskDraft.from(valid().type("a".repeat(40)).build()).type()).hasSize(40);
        assertThat(fieldsOf(valid().type("a".repeat(41)))).containsExactly("type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.50", "0.12345", "1,50", "1e3", ".5", "", "abc"})
    void rewardAmountMustBeAPositiveDecimalWithAtMostFourDecimals(String amount) {
        assertThat(fieldsOf(valid().amount(amount))).containsExactly("reward.amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "0.0000"})
    void rewardAmountOfZeroIsRefused(String amount) {
        assertThat(violationsOf(valid().amount(amount)))
                .containsExactly(new Violation("reward.amount", "must be greater than zero"));
    }

    @Test
    void rewardAmountIsCappedAtOneHundredThousand() {
        assertThat(TaskDraft.from(valid().amount("100000").build()).reward()).isEqualTo(Money.of("100000", "USD"));

        assertThat(violationsOf(valid().amount("100000.0001")))
                .containsExactly(new Violation("reward.amount", "at most 100000 per assignment"));
    }

    @Test
    void rewardAmountIsRequired() {
        assertThat(fieldsOf(valid().amount(null))).containsExactly("reward.amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "US", "DOLLAR", ""})
    void rewardCurrencyMustBeAnIsoCode(String currency) {
        assertThat(fieldsOf(valid().currency(currency))).containsExactly("reward.currency");
    }

    @Test
    void rewardCurrencyIsRequired() {
        assertThat(fieldsOf(valid().currency(null))).containsExactly("reward.currency");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, -1})
    void redundancyOutsideOneToTenIsRefused(int redundancy) {
        assertThat(violationsOf(valid().redundancy(redundancy)))
                .containsExactly(new Violation("redundancy", "must be between 1 and 10"));
    }

    @Test
    void redundancyOfOneAndTenIsAccepted() {
        assertThat(TaskDraft.from(valid().redundancy(1).build()).redundancy()).isEqualTo(1);
        assertThat(TaskDraft.from(valid().redundancy(10).build()).redundancy()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1h", "60", "PT", "P1M", "one hour", "", "PT9999999999999999999H"})
    void deadlineThatIsNotAnIsoDurationIsRefused(String deadline) {
        List<Violation> violations = violationsOf(valid().deadline(deadline));

        assertThat(violations).extracting(Violation::field).containsExactly("deadline");
        assertThat(violations.get(0).message()).startsWith("is not an ISO-8601 duration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "PT0.999S", "PT-1H", "P30DT1S", "P31D"})
    void deadlineShorterThanOneSecondOrLongerThanThirtyDaysIsRefused(String deadline) {
        assertThat(violationsOf(valid().deadline(deadline)))
                .containsExactly(new Violation("deadline", "must be between PT1S and P30D"));
    }

    @Test
    void deadlineOfOneSecondAndOfThirtyDaysIsAccepted() {
        assertThat(TaskDraft.from(valid().deadline("PT1S").build()).deadline()).isEqualTo(Duration.ofSeconds(1));
        assertThat(TaskDraft.from(valid().deadline("P30D").build()).deadline()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void deadlineIsRequired() {
        assertThat(fieldsOf(valid().deadline(null))).containsExactly("deadline");
    }

    @Test
    void eachInvalidSkillIsNamedByItsIndex() {
        assertThat(fieldsOf(valid().skills(Arrays.asList("english", "not a skill", "ok", null, "-dash"))))
                .containsExactly("skills[1]", "skills[3]", "skills[4]");
    }

    @Test
    void skillsAreLowerCasedTrimmedAndDeduplicatedKeepingFirstOrder() {
        TaskDraft draft = TaskDraft.from(valid().skills(List.of("Python", " english ", "python", "ENGLISH", "sql"))
                .build());

        assertThat(draft.skills()).containsExactly("python", "english", "sql");
    }

    @Test
    void atMostThirtySkills() {
        List<String> thirty = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            thirty.add("skill-" + i);
        }
        assertThat(TaskDraft.from(valid().skills(thirty).build()).skills()).hasSize(30);

        List<String> thirtyOne = new ArrayList<>(thirty);
        thirtyOne.add("skill-30");
        assertThat(fieldsOf(valid().skills(thirtyOne))).containsExactly("skills");
    }

    @Test
    void inputLargerThanSixtyFourKibiCharactersIsRefused() {
        String atLimit = "\"" + "x".repeat(TaskDraft.MAX_INPUT_CHARS - 2) + "\"";
        assertThat(TaskDraft.from(valid().inputJson(atLimit).build()).inputJson()).hasSize(65_536);

        String overLimit = "\"" + "x".repeat(TaskDraft.MAX_INPUT_CHARS - 1) + "\"";
        assertThat(violationsOf(valid().inputJson(overLimit)))
                .containsExactly(new Violation("input", "at most 65536 characters of JSON"));
    }

    @Test
    void everyBrokenRuleIsReportedTogether() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> TaskDraft.from(new RawRequest().title(" ").type("1x").amount("0").currency("usd").redundancy(11)
                        .deadline("soon").skills(List.of("ok", "Not OK")).build()));

        assertThat(e.violations()).extracting(Violation::field).containsExactly(
                "title", "type", "reward.amount", "reward.currency", "redundancy", "deadline", "skills[1]");
        assertThat(e.getMessage()).startsWith("title: is required; type: ");
    }

    private static List<Violation> violationsOf(RawRequest raw) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> TaskDraft.from(raw.build()));
        assertThat(e).as("the draft should have been refused").isNotNull();
        return e.violations();
    }

    private static List<String> fieldsOf(RawRequest raw) {
        return violationsOf(raw).stream().map(Violation::field).toList();
    }

    /** Builder over {@link TaskDraft.Raw} so each test names only the field it breaks. */
    private static final class RawRequest {
        private String title = "Label the cats";
        private String instructions = "Draw a box around each cat.";
        private String type = "labeling";
        private String amount = "0.50";
        private String currency = "USD";
        private Integer redundancy = 3;
        private String deadline = "PT1H";
        private List<String> skills = List.of("english");
        private String inputJson = "{\"image\":\"cat.png\"}";

        RawRequest title(String v) { title = v; return this; }
        RawRequest instructions(String v) { instructions = v; return this; }
        RawRequest type(String v) { type = v; return this; }
        RawRequest amount(String v) { amount = v; return this; }
        RawRequest currency(String v) { currency = v; return this; }
        RawRequest redundancy(Integer v) { redundancy = v; return this; }
        RawRequest deadline(String v) { deadline = v; return this; }
        RawRequest skills(List<String> v) { skills = v; return this; }
        RawRequest inputJson(String v) { inputJson = v; return this; }
        private String aggregation;
        private java.math.BigDecimal targetConfidence;
        private Integer maxAssignments;
        private String goldAnswer;
        RawRequest aggregation(String v) { aggregation = v; return this; }
        RawRequest targetConfidence(String v) { targetConfidence = new java.math.BigDecimal(v); return this; }
        RawRequest maxAssignments(Integer v) { maxAssignments = v; return this; }
        RawRequest goldAnswer(String v) { goldAnswer = v; return this; }
        private java.math.BigDecimal goldRate;
        RawRequest goldRate(String v) { goldRate = new java.math.BigDecimal(v); return this; }

        TaskDraft.Raw build() {
            return new TaskDraft.Raw(title, instructions, type, amount, currency, redundancy, deadline, skills,
                    inputJson, aggregation, targetConfidence, maxAssignments, goldAnswer, null, goldRate);
        }
    }
}
