package io.jingwu.portal.fraudlist.boundary;

import io.jingwu.api.fraud.lists.boundary.AlreadyListedException;
import io.jingwu.api.fraud.lists.boundary.FraudListKeeping;
import io.jingwu.api.fraud.lists.boundary.ListEntryInput;
import io.jingwu.api.fraud.lists.boundary.ListEntryView;
import io.jingwu.api.fraud.lists.entity.ListEntryRead;
import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.portal.forms.boundary.FieldMessages;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code /workbench/fraud-list.xhtml}: the anti-fraud list, newest first, a page at a time, narrowed to a kind and
 * with or without the entries taken off; a form to list one value, a CSV import (all or nothing), taking an entry
 * off, and revealing a masked phone or account for a stated purpose. A revealed value is shown once, in a dialog
 * that forgets it when closed; the facade records the read. Refusals appear beside the fields they concern.
 */
@Named("fraudListPage")
@ViewScoped
public class FraudListPage implements Serializable {

    static final int PAGE_SIZE = 20;

    @Inject
    FraudListKeeping keeping;

    @Inject
    CurrentStaff staff;

    @Inject
    ClientAddress clientAddress;

    @Inject
    LanguageSelection language;

    /** The page's entries, and whether an older page follows (one entry more is asked for to know). */
    private transient List<ListEntryView> entries;
    private transient boolean olderFollow;

    private String kindShown;
    private boolean removedShown;
    private int offset;

    private String kind = ListKind.PHONE.code();
    private String value;
    private String source;
    private LocalDate listedOn;
    private LocalDate expiresOn;

    private transient UploadedFile file;
    private transient List<String> importErrors = List.of();

    /** The entry the reveal dialog is open for, and its purpose. */
    private Long chosen;
    private String chosenMasked;
    private String purpose;
    /** The full value, for the one answer that shows it: transient, it never goes into a replicated session. */
    private transient String revealed;

    public List<ListEntryView> getEntries() {
        if (entries == null) {
            List<ListEntryView> read = keeping.list(ListKind.parse(kindShown).orElse(null), removedShown, offset,
                    PAGE_SIZE + 1);
            olderFollow = read.size() > PAGE_SIZE;
            entries = olderFollow ? read.subList(0, PAGE_SIZE) : read;
        }
        return entries;
    }

    public List<String> getKinds() {
        return Arrays.stream(ListKind.values()).map(ListKind::code).toList();
    }

    /** The kinds as a CSV file writes them, for the import's instructions. */
    public String getKindCodes() {
        return String.join(", ", getKinds());
    }

    /** Phones and accounts are shown masked and may be revealed; domains, links and apps are shown as they are. */
    public boolean revealable(ListEntryView entry) {
        return ListKind.parse(entry.kind()).map(ListKind::personal).orElse(false);
    }

    /** The filter changed: back to the newest entries. */
    public void filter() {
        offset = 0;
        entries = null;
    }

    public void newer() {
        offset = Math.max(0, offset - PAGE_SIZE);
        entries = null;
    }

    public void older() {
        offset += PAGE_SIZE;
        entries = null;
    }

    public boolean isNewerExist() {
        return offset > 0;
    }

    public boolean isOlderExist() {
        getEntries();
        return olderFollow;
    }

    public int getFirstShown() {
        return getEntries().isEmpty() ? 0 : offset + 1;
    }

    public int getLastShown() {
        return offset + getEntries().size();
    }

    public void add() {
        try {
            ListEntryView added = keeping.add(new ListEntryInput(kind, value, source, text(listedOn), text(expiresOn)),
                    staff.actor());
            FieldMessages.saved("fraudList.added", added.value());
            value = null;
            source = null;
            listedOn = null;
            expiresOn = null;
            filter();
        } catch (InvalidInputException e) {
            FieldMessages.show("add", e, language());
        } catch (AlreadyListedException e) {
            FieldMessages.refused("fraudList.alreadyListed");
        }
    }

    /** All or nothing: the counts when the file was taken, or every broken line's errors and nothing added. */
    public void importFile() {
        importErrors = List.of();
        if (file == null || file.getSize() == 0) {
            FieldMessages.refused("fraudList.import.noFile");
            return;
        }
        try (Reader csv = CsvFiles.reader(file.getInputStream())) {
            FraudListKeeping.Imported imported = keeping.importCsv(csv, staff.actor());
            FieldMessages.saved("fraudList.imported", imported.added(), imported.alreadyListed());
            filter();
        } catch (InvalidInputException e) {
            importRefused(e.errors());
        } catch (IOException e) {
            importRefused(List.of(FieldError.of("file", "fraud.list.csv.unreadable")));
        } finally {
            file = null;
        }
    }

    private void importRefused(List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        importErrors = ImportErrors.lines(errors, language(), faces.getApplication().getResourceBundle(faces, "msg"));
        FieldMessages.refused("fraudList.import.refused");
    }

    public void remove(ListEntryView entry) {
        keeping.remove(entry.id(), staff.actor()).ifPresentOrElse(
                removed -> FieldMessages.saved("fraudList.removedNow", removed.value()),
                () -> FieldMessages.refused("fraudList.notFound"));
        entries = null;
    }

    /** Opens the reveal dialog for the entry, with nothing revealed yet. */
    public void choose(ListEntryView entry) {
        chosen = entry.id();
        chosenMasked = entry.value();
        purpose = null;
        revealed = null;
    }

    public void reveal() {
        try {
            revealed = keeping.reveal(chosen, purpose, staff.actor(), clientAddress.of(
                    (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()))
                    .orElse(null);
            if (revealed == null) {
                FieldMessages.refused("fraudList.notFound");
            }
            purpose = null;
        } catch (InvalidInputException e) {
            FieldMessages.show("reveal", e, language());
        }
    }

    /** The dialog is closed: the value is not shown again without another recorded read. */
    public void forget() {
        chosen = null;
        chosenMasked = null;
        purpose = null;
        revealed = null;
    }

    private static String text(LocalDate date) {
        return Objects.toString(date, null);
    }

    private Language language() {
        return language.current();
    }

    public String getKindShown() {
        return kindShown;
    }

    public void setKindShown(String kindShown) {
        this.kindShown = kindShown;
    }

    public boolean isRemovedShown() {
        return removedShown;
    }

    public void setRemovedShown(boolean removedShown) {
        this.removedShown = removedShown;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getListedOn() {
        return listedOn;
    }

    public void setListedOn(LocalDate listedOn) {
        this.listedOn = listedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<String> getImportErrors() {
        return importErrors == null ? List.of() : importErrors;
    }

    public String getChosenMasked() {
        return chosenMasked;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public int getPurposeMax() {
        return ListEntryRead.PURPOSE_MAX;
    }

    public String getRevealed() {
        return revealed;
    }
}
