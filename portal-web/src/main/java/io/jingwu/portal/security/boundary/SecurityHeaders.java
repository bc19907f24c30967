package io.jingwu.portal.security.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The security headers of every answer of the war, pages and API alike: the content security policy (framed nowhere,
 * only the application's own scripts), {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin},
 * and {@code Cache-Control: no-store} on the workbench, whose pages show personal data and must not outlive the
 * session in a cache.
 * <p>
 * The policy is web.xml's {@value #POLICY}, which PrimeFaces sends itself with every Faces page, with that page's
 * nonce added; its header then replaces this filter's, so that an answer never carries two policies (the browser
 * would enforce both, and the one without the nonce would block the page's scripts).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    /** The context parameter holding the policy. */
    public static final String POLICY = "primefaces.CSP_POLICY";

    private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    private static final String CACHE_CONTROL = "Cache-Control";

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = getServletContext().getInitParameter(POLICY);
        if (policy == null || policy.isBlank()) {
            throw new ServletException("web.xml gives no content security policy (" + POLICY + ")");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean workbench = workbench(request);
        response.setHeader(CONTENT_SECURITY_POLICY, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (workbench) {
            response.setHeader(CACHE_CONTROL, "no-store");
        }
        chain.doFilter(request, new Guarded(response, workbench));
    }

    /** A workbench address, also when an error page answers for it. */
    private static boolean workbench(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String path ? path : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        return path.equals("/workbench") || path.startsWith("/workbench/");
    }

    /** One policy per answer, the last one set; on the workbench, no-store whatever else asks for caching. */
    private static final class Guarded extends HttpServletResponseWrapper {

        private final boolean noStore;

        Guarded(HttpServletResponse response, boolean noStore) {
            super(response);
            this.noStore = noStore;
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else if (!(noStore && CACHE_CONTROL.equalsIgnoreCase(name))) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!(noStore && CACHE_CONTROL.equalsIgnoreCase(name))) {
                super.setHeader(name, value);
            }
        }
    }
}
