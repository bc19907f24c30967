package io.jingwu.portal.identity.boundary;

import io.jingwu.api.identity.credentials.boundary.Credentials;
import io.jingwu.api.identity.credentials.control.CredentialNotices;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * {@code /identity/credential.xhtml}: the credential of the holder's token this phone keeps ({@link HolderCookie}),
 * with every check an institution made of it, and revocation. Without a token that opens one, the page says so and
 * leads to the verification.
 */
@Named("credential")
@ViewScoped
public class CredentialPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Credentials credentials;

    @Inject
    HolderCookie holderCookie;

    @Inject
    CredentialNotices notices;

    @Inject
    LanguageSelection language;

    private String holderToken;
    private CredentialCard card;
    private boolean revokedNow;

    /** On opening the page: never kept in a cache, for it shows the code. */
    public void open() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        holderToken = holderCookie.read().orElse(null);
        if (holderToken == null) {
            return;
        }
        card = credentials.holderView(holderToken).map(CredentialCard::of).orElse(null);
        if (card == null) {
            holderToken = null;
            holderCookie.forget();
        }
    }

    /** Institutions are told REVOKED from now on; there is no undoing it, only verifying again. */
    public void revoke() {
        if (holderToken == null) {
            return;
        }
        card = credentials.revoke(holderToken).map(CredentialCard::of).orElse(null);
        revokedNow = card != null;
    }

    public CredentialCard getCard() {
        return card;
    }

    public boolean isRevokedNow() {
        return revokedNow;
    }

    /** Whom a holder calls when a credential was issued for their document and it was not them. */
    public String getHelpPhone() {
        return notices.helpPhone();
    }
}
