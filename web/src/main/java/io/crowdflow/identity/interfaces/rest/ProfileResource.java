package io.crowdflow.identity.interfaces.rest;

import io.crowdflow.identity.application.IdentityService;
import io.crowdflow.identity.domain.Person;
import io.crowdflow.web.CurrentCaller;
import io.crowdflow.web.json.JsonBody;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Set;

/** The caller's own profile; workers keep their skills here. */
@Path("me/profile")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    IdentityService identity;

    @Inject
    CurrentCaller caller;

    public record ProfileView(String id, String username, Set<String> roles, boolean worker, List<String> skills) {
    }

    @GET
    public ProfileView read() {
        return viewOf(identity.profile(caller.get()));
    }

    /** {"skills": ["image", "text"]} */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileView changeSkills(String body) {
        JsonBody json = JsonBody.parse(body);
        List<String> skills = json.strings("skills");
        json.requireWellTyped();
        return viewOf(identity.changeSkills(caller.get(), skills));
    }

    private ProfileView viewOf(Person person) {
        return new ProfileView(person.id(), person.username(), caller.get().roles(), person.isWorker(),
                person.skills());
    }
}
