package io.jingwu.portal.i18n.boundary;

import io.jingwu.api.platform.i18n.Language;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The visitor's language: chosen with {@code ?lang=en} (remembered in a cookie for the following pages),
 * otherwise the browser's preference, otherwise Chinese.
 */
@Named("language")
@RequestScoped
public class LanguageSelection {

    static final String COOKIE = "jingwu-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Language language;

    @PostConstruct
    void choose() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Optional<Language> asked = Language.fromTag(context.getRequestParameterMap().get("lang"));
        if (asked.isPresent()) {
            language = asked.get();
            context.addResponseCookie(COOKIE, language.tag(),
                    Map.of("maxAge", ONE_YEAR, "path", "/", "httpOnly", Boolean.TRUE, "SameSite", "Lax"));
            return;
        }
        Object cookie = context.getRequestCookieMap().get(COOKIE);
        language = cookie instanceof jakarta.servlet.http.Cookie c
                ? Language.fromTag(c.getValue()).orElseGet(() -> fromBrowser(context))
                : fromBrowser(context);
    }

    private static Language fromBrowser(ExternalContext context) {
        return Language.negotiate(Collections.list(((jakarta.servlet.http.HttpServletRequest) context.getRequest()).getLocales()));
    }

    public Language current() {
        return language;
    }

    public Locale getLocale() {
        return language.locale();
    }

    /** For {@code <html lang>}. */
    public String getHtmlLang() {
        return language == Language.ZH ? "zh-CN" : "en";
    }

    /** The language the switch in the page header offers. */
    public Language getOther() {
        return language == Language.ZH ? Language.EN : Language.ZH;
    }
}
