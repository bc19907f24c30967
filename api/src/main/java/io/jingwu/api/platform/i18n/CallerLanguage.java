package io.jingwu.api.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;

/**
 * The language to answer the caller of this HTTP request in: one policy for every resource, exception mapper and
 * page. In this order: {@code ?lang=}, then the body's {@code lang} where a contract has one ({@link #bodySays}),
 * then the pages' language cookie, then {@code Accept-Language}, then Chinese. Unknown tags at any step are passed
 * over. (The workbench reads a language it does not speak along the language's fallbacks: ru as en.)
 *
 * <p>What it learns from a body is kept on the servlet request, so that an exception mapper answering for a
 * resource speaks the same language as the resource.
 */
@RequestScoped
public class CallerLanguage {

    /** The pages' language cookie: set when a visitor picks a language with {@code ?lang=}. */
    public static final String COOKIE = "jingwu-lang";

    private static final String FROM_BODY = CallerLanguage.class.getName() + ".body";

    @Inject
    HttpServletRequest request;

    public Language current() {
        return of(request);
    }

    /** The body's {@code lang}: counts after {@code ?lang=} and before the cookie, when it names a language. */
    public void bodySays(String tag) {
        Language.fromTag(tag).ifPresent(language -> request.setAttribute(FROM_BODY, language));
    }

    public static Language of(HttpServletRequest request) {
        if (request == null) {
            return Language.DEFAULT;
        }
        return fromQuery(request.getQueryString())
                .or(() -> request.getAttribute(FROM_BODY) instanceof Language fromBody ? Optional.of(fromBody)
                        : Optional.empty())
                .or(() -> fromCookie(request.getCookies()))
                .orElseGet(() -> fromBrowser(request));
    }

    /** The language {@code ?lang=} names, if it names one: a page remembers it in {@link #COOKIE}. */
    public static Optional<Language> askedInQuery(HttpServletRequest request) {
        return fromQuery(request.getQueryString());
    }

    /** The query string's {@code lang}, read without touching a form body (which may not be decoded yet). */
    static Optional<Language> fromQuery(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=")) {
                return Language.fromTag(URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static Optional<Language> fromCookie(Cookie[] cookies) {
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> Language.fromTag(cookie.getValue()));
    }

    /** Without an Accept-Language header the servlet container offers its own locale: that is not the caller's. */
    private static Language fromBrowser(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Language.DEFAULT
                : Language.negotiate(Collections.list(request.getLocales()));
    }
}
