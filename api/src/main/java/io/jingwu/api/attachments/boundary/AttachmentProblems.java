package io.jingwu.api.attachments.boundary;

import io.jingwu.api.attachments.control.DecodersBusy;
import io.jingwu.api.attachments.control.ImageRefused;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.math.BigDecimal;

/** Refused uploads as problem documents in the caller's language, saying what would be accepted. */
public final class AttachmentProblems {

    private static final long MIB = 1024 * 1024;

    private AttachmentProblems() {
    }

    static Language language(HttpHeaders headers) {
        return headers == null ? Language.DEFAULT : Language.negotiate(headers.getAcceptableLanguages());
    }

    /**
     * A count of pixels as the message's words count it: in millions ("40", "12.5"), in Chinese in ten thousands
     * (4000 万), as cameras are sold there.
     */
    static String pixels(long count, Language language) {
        long unit = language == Language.ZH ? 10_000 : 1_000_000;
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(unit)).stripTrailingZeros().toPlainString();
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
                        pixels(e.limit(0), language), String.valueOf(e.limit(1)));
                case UNREADABLE -> Problem.response(400, "image-unreadable", language);
            };
        }
    }

    @Provider
    public static class TooManyFromTheCitizen implements ExceptionMapper<TooManyUploads> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(TooManyUploads e) {
            return Response.fromResponse(Problem.response(429, "too-many-uploads", language(headers)))
                    .header("Retry-After", TooManyUploads.RETRY_AFTER_SECONDS).build();
        }
    }

    @Provider
    public static class Busy implements ExceptionMapper<DecodersBusy> {
        /** Long enough for the images being decoded to be done with, short enough for a person to wait. */
        static final int RETRY_AFTER_SECONDS = 5;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(DecodersBusy e) {
            return Response.fromResponse(Problem.response(503, "images-busy", language(headers)))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
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
