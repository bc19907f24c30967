package io.jingwu.api.platform.problems;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds RFC 9457 problem responses ({@code application/problem+json}) worded in the caller's language. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_BASE = "https://jingwu.io/problems/";

    private Problem() {
    }

    /**
     * @param slug the stable problem type (e.g. {@code invalid-input}); titles and details are looked up
     *             as {@code problem.<slug>.title} and {@code problem.<slug>.detail}
     */
    public static Response response(int status, String slug, Language language, Object... detailArgs) {
        return Response.status(status).type(MEDIA_TYPE).entity(body(status, slug, language, detailArgs).build().toString()).build();
    }

    public static Response invalidInput(List<FieldError> errors, Language language) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        errors.forEach(e -> list.add(Json.createObjectBuilder()
                .add("field", e.field())
                .add("message", e.message(language))));
        JsonObjectBuilder body = body(400, "invalid-input", language, errors.size())
                .add("errors", list);
        return Response.status(400).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }

    private static JsonObjectBuilder body(int status, String slug, Language language, Object... detailArgs) {
        return Json.createObjectBuilder()
                .add("type", TYPE_BASE + slug)
                .add("title", Messages.text(language, "problem." + slug + ".title"))
                .add("status", status)
                .add("detail", Messages.text(language, "problem." + slug + ".detail", detailArgs));
    }
}
