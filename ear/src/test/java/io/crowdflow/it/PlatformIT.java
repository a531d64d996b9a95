package io.crowdflow.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deploys the real EAR (the one the build produced) to the real WildFly and talks to it over HTTP with
 * tokens from the real Keycloak. Each scenario uses a skill of its own so that only the workers it
 * chose are eligible for its tasks, whatever other scenarios did before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class PlatformIT {

    static final String REQUESTER = "requester";
    static final String REQUESTER2 = "requester2";
    static final String ADMIN = "admin";
    static final String REVIEWER = "reviewer";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("crowdflow.ear")));
    }

    static String token(String user) {
        return Keycloak.token(user);
    }

    static String subject(String user) {
        return Keycloak.subjectOf(token(user));
    }

    /** A skill no one else has, given to exactly these workers (each registers on this first call). */
    static String skillFor(String... workers) {
        String skill = "s-" + UUID.randomUUID().toString().substring(0, 8);
        for (String worker : workers) {
            Api.Reply reply = Api.put(token(worker), "/me/profile", "{\"skills\": [\"" + skill + "\"]}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        }
        return skill;
    }

    static void fund(String requester, String amount) {
        Api.Reply reply = Api.post(token(ADMIN), "/admin/deposits",
                "{\"owner\": \"" + subject(requester) + "\", \"amount\": \"" + amount + "\", \"currency\": \"USD\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    static String taskJson(String title, int redundancy, String deadline, String skill) {
        return """
                {"title": "%s", "instructions": "Is there a cat?", "type": "labeling",
                 "reward": {"amount": "0.50", "currency": "USD"}, "redundancy": %d, "deadline": "%s",
                 "skills": ["%s"], "input": {"items": ["a.png"]}}""".formatted(title, redundancy, deadline, skill);
    }

    static JsonObject task(String requester, String taskId) {
        Api.Reply reply = Api.get(token(requester), "/tasks/" + taskId);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    static List<String> eventTypes(JsonObject task) {
        return task.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("type")).toList();
    }

    /** The worker's open assignment on the task, if any. */
    static JsonObject assignmentOf(String worker, String taskId) {
        return Api.get(token(worker), "/me/assignments").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("taskId").equals(taskId)).findFirst().orElse(null);
    }
}
