package io.jingwu.portal.report.boundary;

import io.jingwu.api.citizens.boundary.RequestProgress;
import io.jingwu.api.citizens.boundary.RequestStatusView;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Following a request by its tracking number: status and unit, nothing personal. */
@Named("trackForm")
@ViewScoped
public class TrackForm implements Serializable {

    @Inject
    RequestProgress progress;

    @Inject
    LanguageSelection language;

    private String trackingNumber;
    private RequestStatusView result;
    private boolean searched;

    /** Opened from a link that names the request ({@code /?tn=...#track}, as the identity page gives): shown at once. */
    @PostConstruct
    void open() {
        String named = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("tn");
        if (named != null && !named.isBlank()) {
            trackingNumber = named.strip();
            look();
        }
    }

    public void look() {
        searched = true;
        result = progress.of(trackingNumber, language.current()).orElse(null);
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public RequestStatusView getResult() {
        return result;
    }

    public boolean isNotFound() {
        return searched && result == null;
    }
}
