package io.jingwu.api.attachments.boundary;

import io.jingwu.api.attachments.control.ImageRefused;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refused uploads as problem documents in the caller's language, saying what would be accepted. */
public final class AttachmentProblems {

    private static final long MIB = 1024 * 1024;

    private AttachmentProblems() {
    }

    static Language language(HttpHeaders headers) {
        return headers == null ? Language.DEFAULT : Language.negotiate(headers.getAcceptableLanguages());
    }

    @Provider
    public static class Refused implements ExceptionMapper<ImageRefused> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ImageRefused e) {
            Language language = language(headers);
            return switch (e.reason()) {
                case NOT_AN_IMAGE -> Problem.response(400, "image-type-refused", language);
                case TOO_LARGE -> Problem.response(413, "image-too-large", language,
                        String.valueOf(Math.max(1, e.limit() / MIB)));
                case TOO_MANY_PIXELS -> Problem.response(400, "image-too-many-pixels", language,
                        String.valueOf(e.limit()));
                case UNREADABLE -> Problem.response(400, "image-unreadable", language);
            };
        }
    }

    @Provider
    public static class TooMany implements ExceptionMapper<TooManyAttachments> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(TooManyAttachments e) {
            return Problem.response(409, "too-many-attachments", language(headers), String.valueOf(e.limit()));
        }
    }
}
