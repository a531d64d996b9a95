package io.crowdflow.platform.interfaces.rest;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Listed by EngineRestApplication only, never by the /api application.
 * Jackson for Camunda's REST API, as Camunda builds it (its ObjectMapper comes from Camunda's JacksonConfigurator).
 * Camunda registers Jackson's provider for any media type; the server's JSON-B provider names application/json
 * itself, so it won and could not read Camunda's query DTOs (POST /migration/execute, POST queries). Naming the
 * same media types here makes this application's own provider win over the server's built-in one.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class EngineRestJsonProvider extends JacksonJsonProvider {
}
