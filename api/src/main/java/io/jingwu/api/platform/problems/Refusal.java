package io.jingwu.api.platform.problems;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a refusal reads wherever it is shown, worded in the reader's language only when shown: the REST API's problem
 * document ({@link #toResponse}) and a page's message ({@link #detail}) say the same thing. {@code type} names the
 * texts {@code problem.<type>.title} and {@code problem.<type>.detail}; an argument that is {@link Worded} is worded
 * in the reader's language too (a status's label, a number in the units the language counts in).
 */
public final class Refusal {

    /** A detail argument that depends on the reader's language. */
    @FunctionalInterface
    public interface Worded {
        Object in(Language language);
    }

    private final int status;
    private final String type;
    private final Object[] args;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Refusal(int status, String type, Object[] args) {
        this.status = status;
        this.type = type;
        this.args = args.clone();
    }

    public static Refusal of(int status, String type, Object... args) {
        return new Refusal(status, type, args);
    }

    /** The text under {@code key} in the reader's language, as an argument. */
    public static Worded label(String key) {
        return language -> Messages.text(language, key);
    }

    /** A header the REST answer carries ({@code Retry-After}, {@code WWW-Authenticate} ...). */
    public Refusal withHeader(String name, Object value) {
        headers.put(name, String.valueOf(value));
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String detail(Language language) {
        return Messages.text(language, "problem." + type + ".detail", argsIn(language));
    }

    public Response toResponse(Language language) {
        Response.ResponseBuilder answer = Response.fromResponse(Problem.response(status, type, language,
                argsIn(language)));
        headers.forEach(answer::header);
        return answer.build();
    }

    private Object[] argsIn(Language language) {
        return Arrays.stream(args).map(arg -> arg instanceof Worded worded ? worded.in(language) : arg).toArray();
    }
}
