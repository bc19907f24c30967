package io.jingwu.api.personaldata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** Where the HTTP request being served came from, for the audit log; empty outside an HTTP request. */
@ApplicationScoped
public class ClientAddress {

    @Inject
    Instance<HttpServletRequest> request;

    public Optional<String> current() {
        try {
            return Optional.ofNullable(request.get().getRemoteAddr());
        } catch (RuntimeException noHttpRequest) {
            // a timer, a start-up task or a message consumer: there is no client
            return Optional.empty();
        }
    }
}
