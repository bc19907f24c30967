package io.jingwu.portal.admin.boundary;

import io.jingwu.api.institutions.boundary.InstitutionInput;
import io.jingwu.api.institutions.boundary.InstitutionRevokedException;
import io.jingwu.api.institutions.boundary.InstitutionView;
import io.jingwu.api.institutions.boundary.Institutions;
import io.jingwu.api.institutions.boundary.IssuedKey;
import io.jingwu.api.institutions.control.InstitutionRules;
import io.jingwu.api.institutions.entity.InstitutionKind;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.portal.forms.boundary.FieldMessages;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code /workbench/admin/institutions.xhtml}: the relying institutions (banks, hotels, public offices) and their
 * API keys: add one, change its description or allowance, give it a new key, revoke it. A new key is shown once,
 * in a dialog that only the administrator's "copied" closes; the page forgets it then, and the database never held
 * it. The API checks every input before writing; its refusals appear beside the fields they concern.
 */
@Named("institutionsPage")
@ViewScoped
public class InstitutionsPage implements Serializable {

    @Inject
    Institutions institutions;

    @Inject
    CurrentStaff staff;

    @Inject
    LanguageSelection language;

    private transient List<InstitutionView> all;

    private String name;
    private String kind;
    private String contact;
    private Integer checksPerMinute = InstitutionRules.DEFAULT_CHECKS;

    /** The institution the change dialog is open for, and its inputs. */
    private Long chosen;
    private String chosenName;
    private String editName;
    private String editKind;
    private String editContact;
    private Integer editChecksPerMinute;

    /**
     * The key just issued, for the one answer that shows it. Transient: it never goes into a replicated or
     * passivated session.
     */
    private transient String issuedKey;
    private String issuedFor;

    public List<InstitutionView> getInstitutions() {
        if (all == null) {
            all = institutions.list();
        }
        return all;
    }

    public List<String> getKinds() {
        return Arrays.stream(InstitutionKind.values()).map(Enum::name).toList();
    }

    /** The public part of the key, as the institution's key starts: enough to tell keys apart, nothing to use. */
    public String keyShown(InstitutionView institution) {
        return "jw_" + institution.keyPrefix() + "_…";
    }

    public void create() {
        try {
            IssuedKey issued = institutions.create(new InstitutionInput(name, kind, contact, checksPerMinute),
                    staff.actor());
            show(issued);
            FieldMessages.saved("admin.institutions.created", issued.institution().name());
            name = null;
            kind = null;
            contact = null;
            checksPerMinute = InstitutionRules.DEFAULT_CHECKS;
        } catch (InvalidInputException e) {
            FieldMessages.show("create", e, language());
        }
    }

    /** Opens the change dialog with what the institution has now. */
    public void choose(InstitutionView institution) {
        chosen = institution.id();
        chosenName = institution.name();
        editName = institution.name();
        editKind = institution.kind();
        editContact = institution.contact();
        editChecksPerMinute = institution.checksPerMinute();
    }

    public void change() {
        try {
            Optional<InstitutionView> changed = institutions.change(chosen,
                    new InstitutionInput(editName, editKind, editContact, editChecksPerMinute));
            changed.ifPresent(view -> FieldMessages.saved("admin.institutions.changed", view.name()));
        } catch (InvalidInputException e) {
            FieldMessages.show("edit", e, language());
        } catch (InstitutionRevokedException e) {
            FieldMessages.refused("admin.institutions.isRevoked", chosenName);
        }
        all = null;
    }

    /** A new key for the institution, shown once; its old key is refused from now on. */
    public void rotate(InstitutionView institution) {
        try {
            institutions.rotate(institution.id()).ifPresent(issued -> {
                show(issued);
                FieldMessages.saved("admin.institutions.rotated", institution.name());
            });
        } catch (InstitutionRevokedException e) {
            FieldMessages.refused("admin.institutions.isRevoked", institution.name());
        }
        all = null;
    }

    public void revoke(InstitutionView institution) {
        institutions.revoke(institution.id(), staff.actor())
                .ifPresent(view -> FieldMessages.saved("admin.institutions.revokedNow", view.name()));
        all = null;
    }

    /** The administrator has copied the key: it is not shown again. */
    public void forgetKey() {
        issuedKey = null;
        issuedFor = null;
    }

    private void show(IssuedKey issued) {
        issuedKey = issued.apiKey();
        issuedFor = issued.institution().name();
        all = null;
    }

    private Language language() {
        return language.current();
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public Integer getChecksPerMinute() {
        return checksPerMinute;
    }

    public void setChecksPerMinute(Integer checksPerMinute) {
        this.checksPerMinute = checksPerMinute;
    }

    public String getChosenName() {
        return chosenName;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditKind() {
        return editKind;
    }

    public void setEditKind(String editKind) {
        this.editKind = editKind;
    }

    public String getEditContact() {
        return editContact;
    }

    public void setEditContact(String editContact) {
        this.editContact = editContact;
    }

    public Integer getEditChecksPerMinute() {
        return editChecksPerMinute;
    }

    public void setEditChecksPerMinute(Integer editChecksPerMinute) {
        this.editChecksPerMinute = editChecksPerMinute;
    }
}
