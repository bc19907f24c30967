package io.jingwu.portal.staff.boundary;

import io.jingwu.api.requests.boundary.Requests;
import io.jingwu.api.requests.boundary.RequestStatusView;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code staff/requests.xhtml}: the newest requests, without names, phones, addresses or descriptions. */
@Named("newestRequests")
@RequestScoped
public class NewestRequests {

    static final int SHOWN = 50;

    @Inject
    Requests requests;

    @Inject
    LanguageSelection language;

    private List<RequestStatusView> rows;

    public List<RequestStatusView> getRows() {
        if (rows == null) {
            rows = requests.newest(SHOWN, language.current());
        }
        return rows;
    }
}
