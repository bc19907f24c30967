package io.jingwu.api.platform.problems;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;

/**
 * What every exception mapper of every component extends: it answers in {@link CallerLanguage}'s language, the one
 * the resource would have answered in.
 */
public abstract class InCallersLanguage {

    @Context
    HttpServletRequest request;

    protected Language language() {
        return CallerLanguage.of(request);
    }

    protected HttpServletRequest request() {
        return request;
    }
}
