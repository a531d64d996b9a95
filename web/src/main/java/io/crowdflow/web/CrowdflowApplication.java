package io.crowdflow.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under {@code /crowdflow/api}; resources and mappers are discovered by scanning. */
@ApplicationPath("api")
public class CrowdflowApplication extends Application {
}
