package io.jingwu.portal.i18n.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The visitor's language: chosen with {@code ?lang=en} (remembered in a cookie for the following pages),
 * otherwise the browser's preference, otherwise Chinese. The citizen pages speak every language; the clerks'
 * workbench speaks Chinese and English only, so a clerk who chose Russian on the public pages reads the workbench
 * in English (the first of the language's fallbacks the workbench speaks).
 */
@Named("language")
@RequestScoped
public class LanguageSelection {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    /** Where the clerks' pages are; everything else is for citizens. */
    static final String WORKBENCH_PATH = "/workbench/";
    static final List<Language> CITIZEN_LANGUAGES = List.of(Language.values());
    static final List<Language> WORKBENCH_LANGUAGES = List.of(Language.ZH, Language.EN);

    private Language language;
    private List<Language> spoken;

    @PostConstruct
    void choose() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        spoken = onWorkbench((HttpServletRequest) context.getRequest()) ? WORKBENCH_LANGUAGES : CITIZEN_LANGUAGES;
        language = spokenHere(chosen(context), spoken);
    }

    /** An error page (a clerk's 403, a 404 under the workbench) speaks as the page that led to it. */
    private static boolean onWorkbench(HttpServletRequest request) {
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed.substring(Math.min(request.getContextPath().length(), failed.length()))
                : request.getServletPath();
        return path != null && path.startsWith(WORKBENCH_PATH);
    }

    /** The caller's language as the API resolves it; one picked with {@code ?lang=} is remembered for the next pages. */
    private static Language chosen(ExternalContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        CallerLanguage.askedInQuery(request).ifPresent(asked -> context.addResponseCookie(CallerLanguage.COOKIE,
                asked.tag(), Map.of("maxAge", ONE_YEAR, "path", "/", "httpOnly", Boolean.TRUE, "SameSite", "Lax")));
        return CallerLanguage.of(request);
    }

    /** The chosen language if these pages speak it, else the first of its fallbacks they do (ru: en). */
    static Language spokenHere(Language chosen, List<Language> spoken) {
        return chosen.withFallbacks().stream().filter(spoken::contains).findFirst().orElse(spoken.get(0));
    }

    /** The languages these pages speak other than the current one, as the switch in the header offers them. */
    static List<Language> others(Language current, List<Language> spoken) {
        return spoken.stream().filter(l -> l != current).toList();
    }

    public Language current() {
        return language;
    }

    public Locale getLocale() {
        return language.locale();
    }

    /** For {@code <html lang>}. */
    public String getHtmlLang() {
        return language == Language.ZH ? "zh-CN" : language.tag();
    }

    /** The languages the switch in the page header offers, each named in itself ({@code language.name.<tag>}). */
    public List<Language> getOthers() {
        return others(language, spoken);
    }
}
