package io.jingwu.portal.workbench.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when {@code jingwu.session.cookie-secure} is true. Payara marks it by
 * itself on a request that reached it over HTTPS; behind a proxy that ends TLS and forwards plain HTTP it cannot
 * tell, so production sets the flag and the cookie never travels unencrypted. (HttpOnly and SameSite are in web.xml.)
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    public static final String SECURE = "jingwu.session.cookie-secure";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (ConfigProvider.getConfig().getOptionalValue(SECURE, Boolean.class).orElse(false)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
