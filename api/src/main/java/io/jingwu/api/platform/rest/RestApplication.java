package io.jingwu.api.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every resource of every module (requests, chat ...) lives under {@code /api/v1}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Jingwu", version = "1",
        description = "Police service portal: citizens' requests, their routing and tracking, and the chatbot."))
public class RestApplication extends Application {
}
