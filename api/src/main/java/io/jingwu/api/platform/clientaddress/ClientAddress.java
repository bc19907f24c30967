package io.jingwu.api.platform.clientaddress;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * The address of the client being served, for every caller: REST resources, Faces pages, per-address limits and
 * the audit of personal-data reads. Never {@code getRemoteAddr()} directly: behind the load balancer that is the
 * balancer's address, which every citizen shares. With {@code jingwu.trusted-proxies} set, a request from one of
 * those addresses is attributed to the client its {@code X-Forwarded-For} names ({@link ForwardedFor}); a request
 * from anywhere else to its socket peer, whatever header it sends.
 */
@ApplicationScoped
public class ClientAddress {

    public static final String TRUSTED_PROXIES = "jingwu.trusted-proxies";

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    @ConfigProperty(name = TRUSTED_PROXIES, defaultValue = "none")
    List<String> trustedProxies;

    private ForwardedFor forwardedFor;

    @PostConstruct
    void readSettings() {
        forwardedFor = new ForwardedFor(AddressRanges.parse(trustedProxies, TRUSTED_PROXIES));
    }

    /** The client of the HTTP request being served; empty outside one (a timer, a start-up task). */
    public Optional<String> current() {
        HttpServletRequest http;
        try {
            http = request.get();
            http.getRemoteAddr();
        } catch (RuntimeException noHttpRequest) {
            return Optional.empty();
        }
        return Optional.ofNullable(of(http));
    }

    /** The client of this request. */
    public String of(HttpServletRequest http) {
        Enumeration<String> headers = http.getHeaders(ForwardedFor.HEADER);
        return forwardedFor.client(http.getRemoteAddr(), headers == null ? List.of() : Collections.list(headers));
    }
}
