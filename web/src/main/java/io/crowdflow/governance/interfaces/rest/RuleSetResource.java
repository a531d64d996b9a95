package io.crowdflow.governance.interfaces.rest;

import io.crowdflow.governance.application.RuleSetService;
import io.crowdflow.governance.domain.RetentionDryRunJob;
import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.governance.domain.RuleSetKind;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.governance.domain.RuleSetRefusedException;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.retention.RetentionTableReader;
import io.crowdflow.rules.retention.TableProblem;
import io.crowdflow.web.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Retention rule sets for compliance officers: upload a table (the request body is the file: XLSX or CSV;
 * its name from {@code ?fileName=} or {@code Content-Disposition}), list, read, dry-run, activate (four eyes).
 */
@Path("governance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.COMPLIANCE_OFFICER)
public class RuleSetResource {

    private static final Pattern FILENAME = Pattern.compile("filename\\*?=\"?(?:UTF-8'')?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    @Inject
    RuleSetService ruleSets;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("rulesets")
    public List<JsonObject> list() {
        return ruleSets.list().stream().map(RuleSetAssembler::summary).toList();
    }

    @POST
    @Path("rulesets")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("fileName") String fileName, @QueryParam("kind") String kind,
                           @HeaderParam("Content-Disposition") String disposition, InputStream body,
                           @Context UriInfo uri) {
        String name = fileName != null ? fileName : nameIn(disposition);
        RuleSetKind tableKind = RuleSetKind.ofWord(kind).orElseThrow(() -> new InvalidRequestException("kind",
                "must be retention or classification"));
        RuleSet ruleSet = ruleSets.upload(caller.get(), name, readLimited(body), tableKind);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(ruleSet.version())).build())
                .entity(RuleSetAssembler.detail(ruleSet)).build();
    }

    @GET
    @Path("rulesets/{version}")
    public JsonObject read(@PathParam("version") int version) {
        return RuleSetAssembler.detail(ruleSets.get(version));
    }

    @GET
    @Path("rulesets/{version}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("version") int version) {
        RuleSet ruleSet = ruleSets.get(version);
        String type = ruleSet.format().equals("xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8";
        return Response.ok(ruleSet.content(), type)
                .header("Content-Disposition", "attachment; filename=\"" + ruleSet.fileName() + "\"").build();
    }

    /**
     * 200 with the report, or 202 with a background dry run (many records, or {@code ?background=true}) whose
     * progress {@code GET governance/dry-runs/{id}} shows.
     */
    @POST
    @Path("rulesets/{version}/dry-run")
    public Response dryRun(@PathParam("version") int version, @QueryParam("background") boolean background,
                           @Context UriInfo uri) {
        RuleSetService.DryRunOutcome outcome = ruleSets.dryRun(caller.get(), version, background);
        if (outcome.job() == null) {
            return Response.ok(outcome.report(), MediaType.APPLICATION_JSON).build();
        }
        return Response.accepted(RuleSetAssembler.dryRun(outcome.job(), null))
                .location(uri.getBaseUriBuilder().path("governance/dry-runs/" + outcome.job().id()).build()).build();
    }

    @GET
    @Path("dry-runs/{id}")
    public JsonObject dryRunProgress(@PathParam("id") long id) {
        RetentionDryRunJob job = ruleSets.dryRunJob(id);
        RuleSet ruleSet = ruleSets.get(job.rulesetVersion());
        return RuleSetAssembler.dryRun(job, job.state() == RetentionDryRunJob.State.FINISHED ? ruleSet.dryRunJson()
                : null);
    }

    @POST
    @Path("rulesets/{version}/activate")
    public JsonObject activate(@PathParam("version") int version) {
        RuleSetService.Activation activation = ruleSets.activate(caller.get(), version);
        var json = Json.createObjectBuilder(RuleSetAssembler.summary(activation.ruleSet()));
        if (activation.sweep() != null) {
            json.add("sweep", RuleSetAssembler.sweep(activation.sweep()));
        }
        return json.build();
    }

    @GET
    @Path("sweeps")
    public List<JsonObject> sweeps() {
        return ruleSets.sweeps().stream().map(RuleSetAssembler::sweep).toList();
    }

    @GET
    @Path("sweeps/{id}")
    public JsonObject sweep(@PathParam("id") long id) {
        return RuleSetAssembler.sweep(ruleSets.sweep(id));
    }

    private static String nameIn(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher m = FILENAME.matcher(disposition);
        return m.find() ? m.group(1) : null;
    }

    /** The body, refused as too large once it passes the limit (without reading the rest into memory). */
    private static byte[] readLimited(InputStream body) {
        try {
            byte[] content = body == null ? new byte[0] : body.readNBytes(RetentionTableReader.MAX_BYTES + 1);
            if (content.length > RetentionTableReader.MAX_BYTES) {
                String message = "the file has more than " + RetentionTableReader.MAX_BYTES
                        + " bytes; a table may have at most 1 MiB";
                throw new RuleSetRefusedException(RuleSetRefusedException.Kind.TOO_LARGE, message,
                        List.of(TableProblem.ofFile(message)));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
