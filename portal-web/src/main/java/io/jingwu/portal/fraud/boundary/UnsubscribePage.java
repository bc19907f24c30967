package io.jingwu.portal.fraud.boundary;

import io.jingwu.api.fraud.warnings.boundary.FraudSubscriptions;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * {@code /fraud/unsubscribe.xhtml?token=...}: the link every anti-fraud warning ends with. Opening the link changes
 * nothing (mail and chat apps open links to preview them); the citizen's button stops the warnings of the district the
 * message was sent for.
 */
@Named("unsubscribe")
@ViewScoped
public class UnsubscribePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What became of the button: nothing yet, stopped, or a link that is not genuine. */
    public enum Outcome { ASKED, STOPPED, REFUSED }

    @Inject
    FraudSubscriptions subscriptions;

    private String token;
    private Outcome outcome = Outcome.ASKED;
    private List<String> districts = List.of();

    public void stop() {
        Optional<List<FraudSubscriptions.District>> ended = token == null ? Optional.empty()
                : subscriptions.unsubscribe(token);
        outcome = ended.isPresent() ? Outcome.STOPPED : Outcome.REFUSED;
        districts = ended.orElse(List.of()).stream().map(FraudSubscriptions.District::name).toList();
    }

    /** The token of the link, taken once when the page opens. */
    public String getToken() {
        if (token == null) {
            token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        }
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public List<String> getDistricts() {
        return districts;
    }
}
