package io.crowdflow.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The web console in a real browser (chromium, headless) against the deployed EAR and the real Keycloak:
 * people log in on Keycloak's own login page and do their work through the pages. Screenshots of each
 * step go to target/screenshots/ (the README shows copies from docs/images/).
 */
class ConsoleJourneyIT extends PlatformIT {

    private static final String HOSTILE_TITLE = "<script>alert(1)</script>";
    private static final String WORKER = "worker3";
    private static final String COMPLIANCE = "compliance";

    @Test
    void requesterPostsWorkerSubmitsReviewerAcceptsAndWorkerVerifiesThePaymentInTheLedger() {
        fund(REQUESTER, "20.00");
        String skill = skillFor(WORKER);
        String title = "Console cat " + UUID.randomUUID().toString().substring(0, 8);
        String taskId;
        String hostileTaskId;

        try (Browser requester = Browser.open("en-US").login(REQUESTER)) {
            requester.go("/tasks/new", "post-task");
            fillTask(requester, title, skill);
            // a broken field is named by the server's own validation, live, and nothing is priced
            requester.type(By.id("f-redundancy"), "11");
            requester.waitForText(By.cssSelector("[data-error-for='redundancy']"), "between 1 and 10");
            requester.type(By.id("f-redundancy"), "1");
            requester.waitForText(By.cssSelector("[data-cost='total']"), "0.55 USD");
            assertThat(requester.driver.findElement(By.cssSelector("[data-cost='fee']")).getText()).isEqualTo("0.05 USD");
            assertThat(requester.driver.findElement(By.cssSelector("[data-error-for='redundancy']")).getText()).isEmpty();
            // the region is validated by the server too, and does not change the price
            requester.type(By.id("f-region"), "9-EU");
            requester.waitForText(By.cssSelector("[data-error-for='region']"), "a region code is 1-20 letters");
            requester.screenshot("01b-requester-post-task-region-error");
            requester.type(By.id("f-region"), "eu");
            requester.waitUntilGone(By.cssSelector(".field.invalid [data-error-for='region']"));
            requester.waitForText(By.cssSelector("[data-cost='total']"), "0.55 USD");
            assertThat(requester.driver.findElement(By.cssSelector("[data-error-for='region']")).getText()).isEmpty();
            requester.screenshot("01-requester-post-task");

            requester.click(By.id("post-submit"));
            requester.waitFor(By.cssSelector("#timeline li[data-event='assigned']"));
            taskId = requester.driver.getCurrentUrl().replaceAll(".*#/tasks/", "");
            assertThat(requester.driver.findElement(By.cssSelector("h1.task-title")).getText()).isEqualTo(title);
            assertThat(requester.driver.findElement(By.id("task-region")).getText()).isEqualTo("EU");
            assertThat(task(REQUESTER, taskId).getString("region")).isEqualTo("EU");
            assertThat(requester.driver.findElement(By.cssSelector("#timeline li[data-event='escrow_held']")).getText())
                    .contains("0.55");
            requester.screenshot("02-requester-task-timeline");

            // a title that is markup shows as text, runs nothing, and adds no element
            requester.go("/tasks/new", "post-task");
            fillTask(requester, HOSTILE_TITLE, skill);
            requester.waitForText(By.cssSelector("[data-cost='total']"), "0.55 USD");
            requester.click(By.id("post-submit"));
            requester.waitFor(By.cssSelector("#timeline li[data-event='assigned']"));
            hostileTaskId = requester.driver.getCurrentUrl().replaceAll(".*#/tasks/", "");
            requester.go("/tasks", "my-tasks");
            WebElement hostileRow = requester.waitFor(By.cssSelector("tr[data-task-id='" + hostileTaskId + "'] a.task-title"));
            assertThat(hostileRow.getText()).isEqualTo(HOSTILE_TITLE);
            assertNoScriptRan(requester);
            requester.screenshot("03-requester-my-tasks");
            requester.assertNoPolicyViolation();
        }

        try (Browser worker = Browser.open("en-US").login(WORKER)) {
            worker.go("/assignments", "assignments");
            WebElement card = worker.waitFor(By.cssSelector("article[data-task-id='" + taskId + "']"));
            assertThat(card.findElement(By.cssSelector("h2")).getText()).isEqualTo(title);
            assertThat(card.findElement(By.cssSelector(".due")).getText()).startsWith("Due in");
            assertThat(worker.waitFor(By.cssSelector("article[data-task-id='" + hostileTaskId + "'] h2")).getText())
                    .isEqualTo(HOSTILE_TITLE);
            assertNoScriptRan(worker);
            card.findElement(By.cssSelector("details.why summary")).click();
            assertThat(card.findElement(By.cssSelector("details.why p")).getText()).startsWith("policy ");
            card.findElement(By.cssSelector("textarea")).sendKeys("{\"cat\": true}");
            worker.screenshot("04-worker-assignments");
            card.findElement(By.cssSelector("button[type='submit']")).click();
            worker.waitFor(By.cssSelector("article[data-task-id='" + taskId + "'] [data-submitted='true']"));
            worker.assertNoPolicyViolation();
        }

        try (Browser reviewer = Browser.open("en-US").login(REVIEWER)) {
            reviewer.go("/reviews", "reviews");
            WebElement card = reviewer.waitFor(By.cssSelector("article[data-task-id='" + taskId + "']"));
            assertThat(card.findElement(By.cssSelector("h2")).getText()).isEqualTo(title);
            card.findElement(By.cssSelector("textarea")).sendKeys("there is a cat in a.png");
            reviewer.screenshot("05-reviewer-queue");
            card.findElement(By.cssSelector("button[data-decision='accept']")).click();
            reviewer.waitFor(By.cssSelector("article[data-task-id='" + taskId + "'] [data-decided='accept']"));
            reviewer.assertNoPolicyViolation();
        }
        Api.eventually(() -> eventTypes(task(REQUESTER, taskId)), e -> e.contains("worker_paid"), Duration.ofSeconds(30));

        try (Browser worker = Browser.open("en-US").login(WORKER)) {
            worker.go("/account", "account");
            By payment = By.cssSelector("#entries tr[data-task-id='" + taskId + "'][data-direction='in']");
            WebElement row = worker.waitFor(payment);
            assertThat(row.getText()).contains("+0.50 USD");
            row.findElement(By.cssSelector("button[data-verify]")).click();
            WebElement verdict = worker.waitFor(By.cssSelector("#entries tr[data-task-id='" + taskId
                    + "'][data-direction='in'] [data-proof]"));
            assertThat(verdict.getAttribute("data-proof")).as(verdict.getText() + "\n" + worker.log()).isEqualTo("verified");
            assertThat(verdict.getText()).startsWith("✓ verified: in the signed ledger of");
            // the balance chart is drawn by Chart.js from its WebJar, under the same policy
            assertThat(worker.driver.executeScript("return typeof window.Chart === 'function'"
                    + " && !!window.Chart.getChart(document.getElementById('balance-chart'))")).isEqualTo(true);
            worker.screenshot("06-worker-earnings-verified");
            worker.assertNoPolicyViolation();
        }

        try (Browser requester = Browser.open("en-US").login(REQUESTER)) {
            requester.go("/tasks/" + taskId, "task-detail");
            requester.waitFor(By.cssSelector("#timeline li[data-event='worker_paid']"));
            assertThat(requester.driver.findElement(By.cssSelector("#timeline li[data-event='submission_accepted']"))
                    .getText()).contains("there is a cat in a.png").contains("by a person");
            requester.screenshot("07-requester-task-settled");
        }

        try (Browser admin = Browser.open("en-US").login(ADMIN)) {
            admin.go("/ledger", "ledger");
            admin.waitFor(By.cssSelector("#latest-signature [data-signature='valid']"));
            admin.waitFor(By.cssSelector("#checkpoints td .ok"));
            admin.waitUntilGone(By.cssSelector("#checkpoints progress"));
            assertThat(admin.driver.findElements(By.cssSelector("#checkpoints td .error"))).isEmpty();
            admin.screenshot("08-admin-ledger");
            admin.assertNoPolicyViolation();
        }
    }

    @Test
    void complianceOfficerSeesTheCellsOfABrokenTableDryRunsTheFixedOneAndMayNotActivateHisOwnUpload() throws Exception {
        Path broken = Files.createTempFile("broken-retention", ".csv");
        Files.writeString(broken, """
                Data class,Task type,Region,Lifecycle state,Keep for (ISO-8601),Then,Legal hold,Note
                TOP-SECRET,*,*,settled,P30D,archive,no,a class that does not exist
                *,*,*,settled,four seconds,shred,no,neither a period nor an action
                """, StandardCharsets.UTF_8);
        Path sample = Path.of("..", "docs", "samples", "retention-rules.xlsx").toAbsolutePath().normalize();
        assertThat(sample).exists();
        int versionsBefore = Api.get(token(COMPLIANCE), "/governance/rulesets").array().size();

        try (Browser officer = Browser.open("en-US").login(COMPLIANCE)) {
            officer.go("/governance/rulesets", "rulesets");
            officer.waitFor(By.id("ruleset-file")).sendKeys(broken.toString());
            officer.click(By.id("ruleset-upload"));
            officer.waitForText(By.cssSelector("#ruleset-errors tr[data-row='2'][data-column='A']"), "is not a data class");
            officer.waitForText(By.cssSelector("#ruleset-errors tr[data-row='3'][data-column='E']"),
                    "is not an ISO-8601 period");
            officer.waitForText(By.cssSelector("#ruleset-errors tr[data-row='3'][data-column='F']"), "is not an action");
            assertThat(officer.driver.findElement(By.cssSelector("#ruleset-errors tr[data-row='2']")).getText())
                    .contains("csv").contains("Data class");
            officer.waitForText(By.cssSelector("[data-problem='ruleset-invalid']"), "nothing was stored");
            officer.screenshot("11-compliance-table-errors");
            assertThat(Api.get(token(COMPLIANCE), "/governance/rulesets").array()).hasSize(versionsBefore);

            officer.waitFor(By.id("ruleset-file")).sendKeys(sample.toString());
            officer.click(By.id("ruleset-upload"));
            WebElement stored = officer.waitForText(By.cssSelector("#ruleset-upload-form .message"), "Stored as version");
            Matcher number = Pattern.compile("version (\\d+)").matcher(stored.getText());
            assertThat(number.find()).as(stored.getText()).isTrue();
            String version = number.group(1);
            By row = By.cssSelector("#rulesets tr[data-version='" + version + "']");
            assertThat(officer.waitFor(row).getAttribute("data-state")).isEqualTo("valid");
            assertThat(officer.driver.findElements(By.cssSelector("#ruleset-errors tr"))).isEmpty();

            officer.click(By.cssSelector("#rulesets tr[data-version='" + version + "'] button[data-dry-run]"));
            officer.waitFor(By.cssSelector("#dry-run-report [data-dry-run-version='" + version + "']"));
            for (String action : List.of("archive", "pseudonymise", "purge", "keep")) {
                officer.waitFor(By.cssSelector("#dry-run-actions tr[data-action='" + action + "']"));
            }
            assertThat(officer.driver.findElement(By.cssSelector("#dry-run-report")).getText())
                    .contains("retained tasks evaluated").contains("Nothing was changed");
            assertThat(officer.driver.findElement(By.id("first-purge")).getText()).isNotBlank();
            officer.screenshot("12-compliance-dry-run");

            officer.click(By.cssSelector("#rulesets tr[data-version='" + version + "'] button[data-activate]"));
            officer.waitForText(By.cssSelector("#activation [data-refused='four-eyes-violation']"),
                    "Four eyes: you uploaded this version, so you may not activate it");
            officer.screenshot("13-compliance-four-eyes");
            officer.assertNoPolicyViolation();
            assertThat(Api.get(token(COMPLIANCE), "/governance/rulesets/" + version).json().getString("state"))
                    .isEqualTo("valid");

            officer.go("/governance/audit", "audit");
            officer.waitFor(By.cssSelector("#audit-entries tr[data-kind='ruleset_dry_run']"));
            assertThat(officer.driver.findElement(By.id("audit-page")).getText()).startsWith("page 1 of");
            officer.screenshot("14-compliance-audit");
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    @Test
    void workerWithdrawsAndRegrantsAConsentSeesBothInTheHistoryAndExportsTheirData() {
        String purpose = "recommendations";
        By state = By.cssSelector("#consent-state tr[data-purpose='" + purpose + "']");
        By history = By.cssSelector("#consent-history tr[data-purpose='" + purpose + "']");
        try (Browser worker = Browser.open("en-US").login(WORKER)) {
            worker.go("/my-data", "my-data");
            String before = worker.waitFor(state).getAttribute("data-granted");
            int historyBefore = worker.driver.findElements(history).size();
            String flipped = String.valueOf(!Boolean.parseBoolean(before));

            worker.click(By.cssSelector("button[data-consent-toggle='" + purpose + "']"));
            worker.waitForAttribute(state, "data-granted", flipped);
            worker.click(By.cssSelector("button[data-consent-toggle='" + purpose + "']"));
            worker.waitForAttribute(state, "data-granted", before);
            assertThat(worker.driver.findElements(history)).hasSize(historyBefore + 2);
            WebElement newest = worker.driver.findElements(history).get(0);
            assertThat(newest.getAttribute("data-granted")).isEqualTo(before);
            assertThat(newest.getText()).contains("api");
            assertThat(Api.get(token(WORKER), "/me/consents").json().getJsonArray("consents")
                    .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("purpose").equals(purpose))
                    .findFirst().orElseThrow().getBoolean("granted")).isEqualTo(Boolean.parseBoolean(before));
            worker.screenshot("15-worker-my-data");

            worker.click(By.id("export-data"));
            worker.waitForText(By.cssSelector("#export .message"), "Saved crowdflow-my-data-");
            // the export was read as a stream, its progress counted (the bar hides once the file is saved)
            assertThat(worker.driver.findElement(By.id("export-progress")).getAttribute("data-phase")).isEqualTo("receiving");
            assertThat(worker.driver.findElement(By.id("export-progress")).isDisplayed()).isFalse();
            assertThat(Integer.parseInt(worker.driver.findElement(By.id("export")).getAttribute("data-exported")))
                    .isGreaterThan(100);
            // erasure stays locked until the user name is typed (PrivacyIT erases its own users)
            assertThat(worker.driver.findElement(By.id("erase-submit")).isEnabled()).isFalse();
            worker.type(By.id("erase-confirm"), WORKER + "x");
            assertThat(worker.driver.findElement(By.id("erase-submit")).isEnabled()).isFalse();
            worker.assertNoPolicyViolation();
        }
    }

    @Test
    void aWorkerAtCapacitySeesAnOpenTaskTheyMayTakeAmongTheirRecommendationsWithItsScoreAndWhy() {
        fund(REQUESTER, "10.00");
        // a fresh worker at capacity (5 open slots), so a later task with their skill stays open for them
        String worker = KeycloakUsers.newWorker("recpage");
        String skill = skillFor(worker);
        for (int i = 0; i < 5; i++) {
            String filler = postTask("Recommendation filler " + i, skill);
            Api.eventually(() -> assignmentOf(worker, filler), a -> a != null, Duration.ofSeconds(20));
        }
        String open = postTask(HOSTILE_TITLE, skill);
        assertThat(assignmentOf(worker, open)).as("at capacity: no slot for the worker").isNull();

        try (Browser browser = Browser.open("en-US").login(worker)) {
            browser.go("/recommendations", "recommendations");
            WebElement row = browser.waitFor(By.cssSelector("table.recommendations tr[data-task-id='" + open + "']"));
            assertThat(row.findElement(By.cssSelector(".task-title")).getText()).isEqualTo(HOSTILE_TITLE);
            assertThat(row.getText()).contains("Labeling").contains("0.50 USD");
            assertThat(row.findElement(By.cssSelector(".score")).getText()).matches("\\d\\.\\d\\d");
            // a worker with no reviewed work is not in the model: popularity, and the page says so
            assertThat(row.getAttribute("data-personalised")).isEqualTo("false");
            assertThat(row.findElement(By.cssSelector(".why")).getText()).isNotBlank();
            assertThat(browser.driver.findElement(By.id("personalised-note")).getText())
                    .startsWith("Not personalised");
            assertThat(browser.driver.findElements(By.cssSelector("[data-not-yet='recommendations']"))).isEmpty();
            assertNoScriptRan(browser);
            browser.screenshot("18-worker-recommendations");
            browser.assertNoPolicyViolation();
        }
    }

    @Test
    void aRejectedWorkerReadsWhyDisputesFromTheConsoleAndSeesTheirReputationWithHowItWasComputed() {
        fund(REQUESTER, "10.00");
        List<String> crowd = List.of(KeycloakUsers.newWorker("subs-a"), KeycloakUsers.newWorker("subs-b"),
                KeycloakUsers.newWorker("subs-c"));
        String skill = skillFor(crowd.toArray(String[]::new));
        String outlier = crowd.get(2);
        // logged in first: the dispute window of the tests (PT20S) opens with the automatic decision below
        try (Browser browser = Browser.open("en-US").login(outlier)) {
            Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Cat or dog", 3, "PT1H", skill));
            assertThat(posted.status()).as(posted.body()).isEqualTo(201);
            String taskId = posted.json().getString("id");
            String rejected = null;
            for (String worker : crowd) {
                Api.Reply submitted = Api.post(token(worker), "/assignments/" + assignmentOf(worker, taskId)
                        .getString("id") + "/submission", "{\"answer\": " + (worker.equals(outlier) ? "\"dog\"" : "\"cat\"") + "}");
                assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
                rejected = submitted.json().getString("id");
            }

            browser.go("/submissions", "my-submissions");
            WebElement row = browser.waitFor(By.cssSelector("table.my-submissions tr[data-submission-id='" + rejected + "']"));
            assertThat(row.getAttribute("data-decision")).isEqualTo("rejected");
            assertThat(row.findElement(By.cssSelector(".decision")).getText()).isEqualTo("Rejected (automatically)");
            assertThat(row.findElement(By.cssSelector(".reason")).getText())
                    .contains("differs from the aggregated answer: majority-vote gives 'cat' with confidence 0.67");
            row.findElement(By.cssSelector("textarea[name='reason']")).sendKeys("it is a dog");
            row.findElement(By.cssSelector("button[data-action='dispute']")).click();
            browser.waitFor(By.cssSelector("tr[data-submission-id='" + rejected + "'] [data-disputed='true']"));
            browser.screenshot("19-worker-submissions");

            browser.go("/reputation", "reputation");
            WebElement reputation = browser.waitFor(By.cssSelector("table.reputation tr[data-task-type='labeling']"));
            assertThat(reputation.findElement(By.cssSelector(".how")).getText()).startsWith("dawid-skene over the");
            assertThat(reputation.findElement(By.cssSelector(".estimate")).getText()).matches("\\d+\\.\\d %");
            browser.screenshot("20-worker-reputation");
            browser.assertNoPolicyViolation();
        }
        assertThat(Api.get(token(REVIEWER), "/disputes").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("disputeReason").equals("it is a dog"))).isTrue();
    }

    @Test
    void aRequesterSeesTheAggregatedAnswerItsConfidenceAndEachAnswersDecisionAfterReview() {
        fund(REQUESTER, "10.00");
        List<String> crowd = List.of(KeycloakUsers.newWorker("res-a"), KeycloakUsers.newWorker("res-b"),
                KeycloakUsers.newWorker("res-c"));
        String skill = skillFor(crowd.toArray(String[]::new));
        String outlier = crowd.get(2);
        String hostileAnswer = "<img src=x onerror=alert(1)>";
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson("Cat or dog, results", 3, "PT1H", skill));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String taskId = posted.json().getString("id");
        String rejected = null;
        for (String worker : crowd) {
            String answer = worker.equals(outlier) ? "\"" + hostileAnswer.replace("\"", "\\\"") + "\"" : "\"cat\"";
            Api.Reply submitted = Api.post(token(worker), "/assignments/" + assignmentOf(worker, taskId)
                    .getString("id") + "/submission", "{\"answer\": " + answer + "}");
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            rejected = submitted.json().getString("id");
        }

        try (Browser requester = Browser.open("en-US").login(REQUESTER)) {
            requester.go("/tasks/" + taskId, "task-detail");
            requester.click(By.id("results-link"));
            WebElement aggregated = requester.waitFor(By.cssSelector("#aggregated[data-aggregated='label']"));
            assertThat(aggregated.getAttribute("data-confident")).isEqualTo("true");
            assertThat(requester.driver.findElement(By.id("aggregated-label")).getText()).isEqualTo("cat");
            assertThat(requester.driver.findElement(By.id("aggregated-confidence")).getText()).isEqualTo("66.7 %");
            assertThat(aggregated.getText()).contains("2 of 3 answers agree").contains("(an automatic decision needs 66.0 %)");
            assertThat(requester.driver.findElement(By.id("aggregated-method")).getText()).isEqualTo("majority-vote");
            assertThat(requester.driver.findElement(By.id("aggregated-outcome")).getText()).startsWith("Confident");
            assertThat(requester.driver.findElement(By.id("aggregated-evidence")).getText())
                    .isEqualTo("majority-vote gives 'cat' with confidence 0.67 (2 of 3 answers)");
            List<WebElement> rows = requester.driver.findElements(By.cssSelector("#results-answers tbody tr"));
            assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r.findElement(By.cssSelector("code.worker")).getText())
                    .matches("p-[0-9a-f]{16}"));
            WebElement outlierRow = requester.driver.findElement(By.cssSelector(
                    "#results-answers tr[data-submission-id='" + rejected + "']"));
            assertThat(outlierRow.getAttribute("data-decision")).isEqualTo("rejected");
            assertThat(outlierRow.findElement(By.cssSelector(".answer")).getText()).isEqualTo(hostileAnswer);
            assertThat(outlierRow.findElement(By.cssSelector(".decision")).getText()).isEqualTo("Rejected (automatically)");
            assertThat(outlierRow.findElement(By.cssSelector(".reason")).getText())
                    .startsWith("decided automatically: differs from the aggregated answer");
            assertThat(requester.driver.findElements(By.cssSelector("#results-answers tr[data-decision='accepted']")))
                    .hasSize(2);
            assertThat(requester.driver.findElements(By.cssSelector("main img"))).as("the answer is text, not an image")
                    .isEmpty();
            assertNoScriptRan(requester);
            requester.screenshot("23-requester-results");
            requester.assertNoPolicyViolation();
        }
    }

    // console2: the process monitor and the learning curve
    @Test
    void aDesignerSeesTheLifecycleDrawnWithItsLiveCountsAndRefreshesThem() {
        fund(REQUESTER, "5.00");
        String worker = KeycloakUsers.newWorker("monitor");
        String skill = skillFor(worker);
        String taskId = postTask("Monitored in the browser", skill);
        Api.eventually(() -> assignmentOf(worker, taskId), a -> a != null, Duration.ofSeconds(20));

        try (Browser designer = Browser.open("en-US").login("designer")) {
            designer.go("/processes", "process-monitor");
            designer.waitFor(By.cssSelector("#monitor-diagram [data-element-id='Task_DoWork']"));
            WebElement active = designer.waitFor(By.cssSelector(
                    "#monitor-diagram [data-count='active'][data-activity='Task_DoWork']"));
            assertThat(Integer.parseInt(active.getText())).isPositive();
            assertThat(Integer.parseInt(designer.waitFor(By.cssSelector(
                    "#monitor-diagram [data-count='finished'][data-activity='ServiceTask_CheckGovernance']")).getText()))
                    .isPositive();
            WebElement row = designer.waitFor(By.cssSelector("#monitor-activity-table tr[data-activity='Task_DoWork']"));
            assertThat(row.findElement(By.cssSelector(".count-active")).getText()).isEqualTo(active.getText());
            assertThat(new Select(designer.waitFor(By.id("monitor-version"))).getFirstSelectedOption().getText())
                    .contains("latest");
            assertThat(designer.driver.findElement(By.id("monitor-definition-id")).getText()).startsWith("TaskLifecycle:");
            // the bpmn.io watermark stays visible (bpmn-js licence)
            assertThat(designer.driver.findElement(By.cssSelector("#monitor-diagram .bjs-powered-by")).isDisplayed())
                    .isTrue();
            designer.screenshot("19-designer-process-monitor");

            // a second task for the same worker: after a refresh the overlay counts it, without drawing again
            int before = Integer.parseInt(active.getText());
            String second = postTask("Monitored after a refresh", skill);
            Api.eventually(() -> assignmentOf(worker, second), a -> a != null, Duration.ofSeconds(20));
            int after = before;
            for (int i = 0; i < 20 && after <= before; i++) {
                designer.click(By.id("monitor-refresh"));
                designer.waitFor(By.cssSelector("#monitor-refresh:enabled"));
                after = Integer.parseInt(designer.waitFor(By.cssSelector(
                        "#monitor-diagram [data-count='active'][data-activity='Task_DoWork']")).getText());
            }
            assertThat(after).isGreaterThan(before);
            designer.waitFor(By.cssSelector("#monitor-diagram [data-element-id='Task_DoWork']"));
            assertThat(designer.driver.findElements(By.cssSelector("[data-not-yet='process-monitor']"))).isEmpty();
            designer.assertNoPolicyViolation();
        }
    }

    @Test
    void anAdminSeesThePolicysRewardOverTimeAndTheRequesterTheirThroughputAndAcceptanceRate() {
        settledTask("Learning curve sample");

        try (Browser admin = Browser.open("en-US").login(ADMIN)) {
            admin.go("/policy", "learning-curve");
            admin.waitForText(By.id("curve-configured"), "linucb");
            WebElement linucb = admin.waitFor(By.cssSelector("#curve-policies tr[data-policy='linucb/2']"));
            assertThat(Integer.parseInt(linucb.findElements(By.tagName("td")).get(1).getText())).isPositive();
            assertThat(admin.driver.executeScript("return !!window.Chart"
                    + " && window.Chart.getChart(document.getElementById('curve-reward')).config.type === 'line'"
                    + " && window.Chart.getChart(document.getElementById('curve-reward')).data.labels.length === 14"
                    + " && !!window.Chart.getChart(document.getElementById('curve-observations'))")).isEqualTo(true);
            new Select(admin.waitFor(By.id("curve-bucket"))).selectByValue("hour");
            admin.waitFor(By.cssSelector("#curve-policies tr[data-policy='linucb/2']"));
            assertThat(admin.driver.executeScript("return window.Chart.getChart(document.getElementById('curve-reward'))"
                    + ".data.labels.length")).isEqualTo(14L * 24);
            new Select(admin.waitFor(By.id("curve-bucket"))).selectByValue("day");
            admin.waitFor(By.cssSelector("#curve-policies tr[data-policy='linucb/2']"));
            // the recommender's rebuild runs in its request: the page shows it busy, then the new model
            String servedBefore = admin.waitForText(By.id("model-served"), "Served now: Built").getText();
            admin.click(By.id("rebuild"));
            WebElement built = admin.waitFor(By.cssSelector("#rebuild-result [data-built-at]"));
            assertThat(built.getText()).startsWith("Built");
            assertThat(admin.driver.findElement(By.id("model-served")).getText()).isEqualTo("Served now: " + built.getText());
            assertThat(admin.driver.findElement(By.id("rebuild")).isEnabled()).isTrue();
            assertThat(servedBefore).isNotBlank();
            JsonObject status = Api.get(token(ADMIN), "/admin/recommendations/model").json();
            // the model served now is the one built, or a newer one if the timer rebuilt meanwhile
            assertThat(java.time.Instant.parse(status.getJsonObject("model").getString("builtAt")))
                    .isAfterOrEqualTo(java.time.Instant.parse(built.getAttribute("data-built-at")));
            admin.screenshot("20-admin-learning-curve");
            admin.assertNoPolicyViolation();
        }

        // the requester whose task was settled sees it in their own throughput and acceptance rate
        assertThat(Api.get(token(REQUESTER), "/me/task-activity?bucket=week").status()).isEqualTo(400);
        try (Browser requester = Browser.open("en-US").login(REQUESTER)) {
            requester.go("/activity", "requester-activity");
            assertThat(Integer.parseInt(requester.waitFor(By.id("activity-settled")).getText())).isPositive();
            assertThat(Integer.parseInt(requester.waitFor(By.id("activity-decided")).getText())).isPositive();
            assertThat(requester.waitFor(By.id("activity-rate")).getText()).endsWith("%");
            assertThat(requester.driver.executeScript("return window.Chart.getChart(document.getElementById('activity-throughput'))"
                    + ".data.labels.length === 30 && window.Chart.getChart(document.getElementById('activity-acceptance'))"
                    + ".config.type === 'line'")).isEqualTo(true);
            requester.screenshot("22-requester-activity");
            requester.assertNoPolicyViolation();
        }
    }

    @Test
    void aComplianceOfficerSeesUpcomingRetentionActionsATasksPlanTheSweepsAndDownloadsATableFile() throws Exception {
        String taskId = settledTask("Retention calendar sample");
        byte[] csv = Files.readAllBytes(Path.of("..", "docs", "samples", "retention-rules.csv"));
        HttpResponse<String> uploaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Api.BASE + "/governance/rulesets?fileName=retention-rules.csv"))
                .header("Authorization", "Bearer " + token(COMPLIANCE)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        int version = Api.json(uploaded.body()).asJsonObject().getInt("version");
        // the tests' retention period is seconds: wait until the task's plan is final (kept, or purged)
        Api.Reply plan = Api.eventually(() -> Api.get(token(COMPLIANCE), "/governance/retention/" + taskId),
                r -> r.status() == 200 && (!r.json().containsKey("dueAt")
                        || r.json().getString("lifecycleState").equals("purged")), Duration.ofSeconds(40));
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(Api.get(token(COMPLIANCE), "/governance/retention/calendar?days=0").status()).isEqualTo(400);
        JsonObject calendar = Api.get(token(COMPLIANCE), "/governance/retention/calendar?days=366").json();
        assertThat(calendar.getJsonArray("days")).hasSize(366);
        // days from the day after tomorrow on cannot change during the test (no task settles meanwhile)
        List<JsonObject> later = calendar.getJsonArray("days").getValuesAs(JsonObject.class).stream().skip(2)
                .filter(d -> d.getInt("total") > 0).toList();

        try (Browser officer = Browser.open("en-US").login(COMPLIANCE)) {
            officer.go("/governance/retention", "retention-calendar");
            officer.waitFor(By.id("calendar-chart"));
            new Select(officer.waitFor(By.id("calendar-days"))).selectByValue("366");
            assertThat(Api.eventually(() -> officer.driver.executeScript("const c = window.Chart && "
                    + "window.Chart.getChart(document.getElementById('calendar-chart')); return c ? c.data.labels.length : 0"),
                    n -> Long.valueOf(366).equals(n), Duration.ofSeconds(20))).isEqualTo(366L);
            officer.waitFor(By.id("calendar-held"));
            if (later.isEmpty()) {
                assertThat(officer.driver.findElements(By.cssSelector("#calendar-table tr[data-date]"))
                        .stream().map(r -> r.getAttribute("data-date")).toList())
                        .allMatch(date -> calendar.getJsonArray("days").getValuesAs(JsonObject.class).stream().limit(2)
                                .anyMatch(d -> d.getString("date").equals(date)));
            } else {
                JsonObject day = later.get(0);
                WebElement row = officer.waitFor(By.cssSelector("#calendar-table tr[data-date='" + day.getString("date") + "']"));
                for (String action : List.of("archive", "pseudonymise", "purge")) {
                    assertThat(row.findElement(By.cssSelector("td[data-action='" + action + "']")).getText())
                            .isEqualTo(String.valueOf(day.getJsonObject("actions").getInt(action)));
                }
            }
            officer.type(By.id("plan-task"), taskId);
            officer.click(By.id("plan-look"));
            officer.waitFor(By.cssSelector("#plan-result [data-plan-action='" + plan.json().getString("action") + "']"));
            assertThat(officer.driver.findElement(By.id("plan-result")).getText()).contains(plan.json().getString("reason"));
            officer.waitFor(By.id("sweeps-result"));
            // a table file, downloaded through the API client (the token stays in the header)
            officer.click(By.cssSelector("#files-table tr[data-version='" + version + "'] button[data-download]"));
            String downloaded = Api.eventually(() -> officer.driver.findElement(By.id("files"))
                    .getAttribute("data-downloaded"), value -> value != null, Duration.ofSeconds(20));
            assertThat(downloaded).isEqualTo("retention-rules.csv:" + csv.length);
            officer.screenshot("21-compliance-retention-calendar");
            officer.assertNoPolicyViolation();
        }
    }

    /** A task of a fresh worker, submitted, accepted by the reviewer, and so settled (paid, retention planned). */
    private static String settledTask(String title) {
        fund(REQUESTER, "5.00");
        String worker = KeycloakUsers.newWorker("settled");
        String skill = skillFor(worker);
        String taskId = postTask(title, skill);
        JsonObject assignment = Api.eventually(() -> assignmentOf(worker, taskId), a -> a != null,
                Duration.ofSeconds(20));
        Api.Reply submitted = Api.post(token(worker), "/assignments/" + assignment.getString("id") + "/submission",
                "{\"answer\": {\"cat\": true}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String submissionId = submitted.json().getString("id");
        Api.eventually(() -> Api.get(token(REVIEWER), "/reviews").body(), body -> body.contains(submissionId),
                Duration.ofSeconds(20));
        Api.Reply decided = Api.post(token(REVIEWER), "/reviews/" + submissionId + "/decision",
                "{\"decision\": \"accept\", \"reason\": \"a cat\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        return taskId;
    }

    private static String postTask(String title, String skill) {
        Api.Reply posted = Api.post(token(REQUESTER), "/tasks", taskJson(title, 1, "PT1H", skill));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().getString("id");
    }

    @Test
    void anyoneSeesThePublicStatisticsAsBarChartsWithTheEpsilonEachQuerySpent() {
        try (Browser worker = Browser.open("en-US").login(WORKER)) {
            worker.go("/stats", "stats");
            worker.waitForText(By.cssSelector("[data-query='tasks-per-type'] [data-epsilon]"), "ε = 0.1 spent");
            worker.waitForText(By.cssSelector("[data-query='earnings-distribution'] [data-epsilon]"), "Laplace noise scale 10");
            worker.waitFor(By.cssSelector("[data-query='approval-rates'] table"));
            assertThat(worker.driver.executeScript("return typeof window.Chart === 'function'"
                    + " && !!window.Chart.getChart(document.getElementById('stats-tasks-per-type'))"
                    + " && window.Chart.getChart(document.getElementById('stats-tasks-per-type')).config.type === 'bar'"
                    + " && !!window.Chart.getChart(document.getElementById('stats-earnings-distribution'))")).isEqualTo(true);
            assertThat(worker.driver.findElement(By.cssSelector("main")).getText()).contains("ε spent");
            worker.screenshot("16-public-statistics");
            worker.assertNoPolicyViolation();
        }
    }

    @Test
    void aPersonErasesThemselvesOnlyAfterTypingTheirOwnNameAndIsLoggedOut() {
        String person = KeycloakUsers.newWorker("console-erase"); // never a demo user
        String personId = Keycloak.subjectOf(Keycloak.token(person));
        try (Browser browser = Browser.open("en-US").login(person)) {
            browser.go("/my-data", "my-data");
            assertThat(browser.waitFor(By.id("erase-submit")).isEnabled()).isFalse();
            browser.type(By.id("erase-confirm"), person.toUpperCase());
            assertThat(browser.driver.findElement(By.id("erase-submit")).isEnabled()).isFalse();
            assertThat(KeycloakUsers.user(personId).statusCode()).isEqualTo(200);
            browser.type(By.id("erase-confirm"), person);
            browser.screenshot("17-erasure-confirmed");
            browser.click(By.id("erase-submit"));
            browser.waitForText(By.cssSelector("#erasure .message"), "Erased at");
            // logged out: back on the landing page, and Keycloak no longer knows the person
            browser.waitFor(By.id("landing-login"));
            assertThat(browser.driver.findElement(By.id("user")).getText()).isEmpty();
            browser.assertNoPolicyViolation();
        }
        assertThat(KeycloakUsers.user(personId).statusCode()).isEqualTo(404);
    }

    @Test
    void aRequesterChoosesWeightedVoteATargetAndMoreWorkersPaysForEverySlotAndSeesThePlanOnTheTask() {
        fund(REQUESTER2, "5.00");
        String skill = skillFor();
        try (Browser requester = Browser.open("en-US").login(REQUESTER2)) {
            requester.go("/tasks/new", "post-task");
            fillTask(requester, "Review plan " + UUID.randomUUID().toString().substring(0, 8), skill);
            requester.waitForText(By.cssSelector("[data-cost='total']"), "0.55 USD");
            new Select(requester.waitFor(By.id("f-aggregation"))).selectByValue("weighted-vote");
            requester.type(By.id("f-target"), "0.8");
            // fewer than the redundancy: the server's own message under the field, nothing priced
            requester.type(By.id("f-redundancy"), "3");
            requester.type(By.id("f-max-assignments"), "2");
            requester.waitForText(By.cssSelector("[data-error-for='maxAssignments']"), "between the redundancy (3)");
            // every slot dynamic overlap may ask for is escrowed: 0.50 x 5 + 10 %
            requester.type(By.id("f-max-assignments"), "5");
            requester.waitForText(By.cssSelector("[data-cost='total']"), "2.75 USD");
            assertThat(requester.driver.findElement(By.cssSelector("table.cost th")).getText()).contains("× 5");
            requester.screenshot("01c-requester-post-task-review-plan");

            requester.click(By.id("post-submit"));
            requester.waitFor(By.cssSelector("#timeline li[data-event='escrow_held']"));
            String taskId = requester.driver.getCurrentUrl().replaceAll(".*#/tasks/", "");
            assertThat(requester.driver.findElement(By.id("task-review")).getText())
                    .isEqualTo("Weighted vote (by gold records), target 0.8, up to 5 workers");
            JsonObject review = task(REQUESTER2, taskId).getJsonObject("review");
            assertThat(review.getString("aggregation")).isEqualTo("weighted-vote");
            assertThat(review.getJsonNumber("targetConfidence").doubleValue()).isEqualTo(0.8);
            assertThat(review.getInt("maxAssignments")).isEqualTo(5);
        }
    }

    @Test
    void quoteValidatesLikePostingPricesTheDraftAndMovesNothing() {
        fund(REQUESTER2, "5.00");
        String skill = skillFor();
        JsonObject before = Api.get(token(REQUESTER2), "/me/account").json();
        int tasksBefore = Api.get(token(REQUESTER2), "/tasks").array().size();

        Api.Reply quote = Api.post(token(REQUESTER2), "/tasks/quote", taskJson("Quote", 3, "PT1H", skill)
                .replace("\"0.50\"", "\"0.3333\""));
        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
        JsonObject priced = quote.json();
        assertThat(priced.getJsonObject("rewards").getString("amount")).isEqualTo("0.9999");
        assertThat(priced.getJsonObject("fee").getString("amount")).isEqualTo("0.10"); // 0.09999 rounded half-up
        assertThat(priced.getString("feePercent")).isEqualTo("10");
        assertThat(priced.getJsonObject("total").getString("amount")).isEqualTo("1.0999");

        Api.Reply invalid = Api.post(token(REQUESTER2), "/tasks/quote", taskJson("", 11, "PT1H", skill));
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList()).containsExactlyInAnyOrder("title", "redundancy");
        assertThat(Api.post(token(WORKER), "/tasks/quote", taskJson("Quote", 1, "PT1H", skill)).status()).isEqualTo(403);

        assertThat(Api.get(token(REQUESTER2), "/tasks").array()).hasSize(tasksBefore);
        assertThat(Api.get(token(REQUESTER2), "/me/account").json().getJsonArray("balances"))
                .isEqualTo(before.getJsonArray("balances"));
    }

    @Test
    void consoleIsServedWithoutATokenUnderAContentSecurityPolicyWhileTheApiStillNeedsOne() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(Browser.CONSOLE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self';", "connect-src 'self' http://localhost:8180;", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.body()).contains("<script type=\"module\" src=\"js/app.js\"></script>");

        for (String file : List.of("config.json", "js/app.js", "vendor/keycloak-js/keycloak.js", "css/console.css")) {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(Browser.CONSOLE + file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(file).isEqualTo(200);
        }
        JsonObject config = Api.json(http.send(HttpRequest.newBuilder(URI.create(Browser.CONSOLE + "config.json"))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).asJsonObject().getJsonObject("keycloak");
        assertThat(config.getString("clientId")).isEqualTo("crowdflow-web");
        assertThat(config.getString("realm")).isEqualTo("crowdflow");

        assertThat(Api.get(null, "/me/account").status()).isEqualTo(401);
    }

    @Test
    void theLanguageFollowsTheBrowserAndSwitchesAndEveryMessageHasBothLanguages() {
        try (Browser browser = Browser.open("zh-CN")) {
            browser.driver.get(Browser.CONSOLE);
            browser.waitForText(By.id("landing-login"), "登录");
            Object missing = browser.script("""
                    const done = arguments[arguments.length - 1];
                    const url = (path) => new URL(path, document.baseURI).href;
                    Promise.all([import(url('js/messages/en.js')), import(url('js/messages/zh.js'))]).then(([en, zh]) => {
                      const a = Object.keys(en.default), b = Object.keys(zh.default);
                      done(a.filter((k) => !b.includes(k)).concat(b.filter((k) => !a.includes(k))).join(','));
                    }, (e) => done('error ' + e));""");
            assertThat(missing).isEqualTo("");
            new Select(browser.waitFor(By.id("lang"))).selectByValue("en");
            browser.waitForText(By.id("landing-login"), "Log in");
            new Select(browser.waitFor(By.id("lang"))).selectByValue("zh");
            browser.waitForText(By.id("landing-login"), "登录");

            // Keycloak's login page follows the console's language (ui_locales; the realm offers en and zh-CN)
            browser.openLoginPage();
            WebElement loginButton = browser.waitFor(By.id("kc-login"));
            assertThat(loginButton.getText() + loginButton.getAttribute("value")).contains("登录");
            browser.screenshot("10-keycloak-login-zh");
            browser.submitLogin(ADMIN);
            browser.go("/processes", "process-monitor");
            assertThat(browser.driver.findElement(By.cssSelector("nav a[data-nav='process-monitor']")).getText())
                    .isEqualTo("流程监控");
            browser.waitFor(By.cssSelector("#monitor-diagram [data-element-id='Task_DoWork']"));
            browser.waitForText(By.cssSelector("#monitor-activities th"), "活动");
            browser.screenshot("09-admin-zh-process-monitor");
            browser.assertNoPolicyViolation();
        }
    }

    @Test
    void ledgerChecksInTheBrowserMatchTheSpecificationExampleAndRfcProofs() {
        try (Browser browser = Browser.open("en-US")) {
            browser.driver.get(Browser.CONSOLE);
            browser.waitFor(By.id("landing-login"));
            // docs/ledger.md, "Entry encoding": the example entry and its leaf hash
            Object hash = browser.script("""
                    const done = arguments[arguments.length - 1];
                    import(new URL('js/ledger.js', document.baseURI).href).then((l) => l.leafHash({seq: 1, time: '2025-01-01T00:00:00.000001Z',
                        from: 'a', to: 'b', amount: '0.5000', currency: 'USD', taskId: '', kind: 'fee'})
                      .then((h) => done(l.toBase64(h))), (e) => done('error ' + e));""");
            assertThat(hash).isEqualTo("NpuxCewdBjY/1aAya1SfBfaO/i+FgyQF9A53md+SbpI=");

            // RFC 6962 trees of 1..13 leaves built here: every audit path and consistency proof verifies,
            // and a proof offered for another leaf or another old root does not
            Object outcome = browser.script(MERKLE_CHECK);
            assertThat(outcome).isEqualTo("inclusion 91 ok, 90 refused; consistency 91 ok, 78 refused");
        }
    }

    private static final String MERKLE_CHECK = """
            const done = arguments[arguments.length - 1];
            (async () => {
              const l = await import(new URL('js/ledger.js', document.baseURI).href);
              const cat = (parts) => { const o = new Uint8Array(parts.reduce((n, p) => n + p.length, 0)); let i = 0;
                for (const p of parts) { o.set(p, i); i += p.length; } return o; };
              const H = async (...parts) => new Uint8Array(await crypto.subtle.digest('SHA-256', cat(parts)));
              const split = (n) => { let k = 1; while (k * 2 < n) k *= 2; return k; };
              const mth = async (d) => d.length === 1 ? d[0]
                : H(new Uint8Array([1]), await mth(d.slice(0, split(d.length))), await mth(d.slice(split(d.length))));
              const path = async (m, d) => { if (d.length === 1) return []; const k = split(d.length);
                return m < k ? [...await path(m, d.slice(0, k)), await mth(d.slice(k))]
                             : [...await path(m - k, d.slice(k)), await mth(d.slice(0, k))]; };
              const sub = async (m, d, b) => { const n = d.length; if (m === n) return b ? [] : [await mth(d)];
                const k = split(n);
                return m <= k ? [...await sub(m, d.slice(0, k), b), await mth(d.slice(k))]
                              : [...await sub(m - k, d.slice(k), false), await mth(d.slice(0, k))]; };
              const leaves = [];
              for (let i = 0; i < 13; i++) leaves.push(await H(new Uint8Array([0]), new Uint8Array([i])));
              let inOk = 0, inNo = 0, coOk = 0, coNo = 0;
              for (let n = 1; n <= 13; n++) {
                const d = leaves.slice(0, n), root = await mth(d);
                for (let m = 0; m < n; m++) {
                  const p = await path(m, d);
                  if (await l.verifyInclusion(m, n, d[m], p, root)) inOk++;
                  if (n > 1 && !(await l.verifyInclusion(m, n, d[(m + 1) % n], p, root))) inNo++;
                }
                for (let m = 1; m <= n; m++) {
                  const p = m === n ? [] : await sub(m, d, true);
                  if (await l.verifyConsistency(m, n, await mth(d.slice(0, m)), root, p)) coOk++;
                  if (m < n && !(await l.verifyConsistency(m, n, await mth(leaves.slice(1, m + 1)), root, p))) coNo++;
                }
              }
              return `inclusion ${inOk} ok, ${inNo} refused; consistency ${coOk} ok, ${coNo} refused`;
            })().then(done, (e) => done('error ' + e));""";

    private static void fillTask(Browser browser, String title, String skill) {
        browser.type(By.id("f-title"), title);
        browser.type(By.id("f-instructions"), "Is there a cat in a.png?");
        new Select(browser.waitFor(By.id("f-type"))).selectByValue("labeling");
        browser.type(By.id("f-amount"), "0.50");
        browser.type(By.id("f-redundancy"), "1");
        browser.type(By.id("f-deadline"), "1");
        new Select(browser.waitFor(By.id("f-deadline-unit"))).selectByValue("H");
        browser.type(By.id("f-skills"), skill);
        browser.type(By.id("f-input"), "{\"items\": [\"a.png\"]}");
    }

    private static void assertNoScriptRan(Browser browser) {
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.driver.findElements(By.xpath("//script[contains(., 'alert(1)')]"))).isEmpty();
        assertThat(browser.driver.findElements(By.xpath("//main//script"))).isEmpty();
    }
}
