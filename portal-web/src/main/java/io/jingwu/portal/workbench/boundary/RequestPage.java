package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.attachments.boundary.AttachmentView;
import io.jingwu.api.attachments.boundary.Attachments;
import io.jingwu.api.casework.boundary.StaffRequestView;
import io.jingwu.api.casework.boundary.StaffRequests;
import io.jingwu.api.catalogue.boundary.Catalogue;
import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.citizens.boundary.RequestProgress;
import io.jingwu.api.citizens.boundary.RequestStatusView;
import io.jingwu.api.personaldata.boundary.RevealedPersonalData;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.Failures;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.problems.RefusedException;
import io.jingwu.api.repeats.boundary.LinkedRequest;
import io.jingwu.api.requests.boundary.RequestLifecycle;
import io.jingwu.api.requests.entity.EventAction;
import io.jingwu.api.requests.entity.RequestNotFound;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.sla.boundary.SlaStatusView;
import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.units.boundary.UnitView;
import io.jingwu.api.units.boundary.Units;
import io.jingwu.portal.i18n.boundary.Labels;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code /workbench/request.xhtml?tn=<tracking number>}: one request of the clerk's units, with every move its
 * status allows them. A request of another unit shows exactly what an unknown tracking number shows (with status
 * 404), so the page tells nobody which numbers exist. Personal data is masked until the clerk reveals it for a
 * stated purpose, which is recorded. A refused move shows why next to its form and changes nothing.
 *
 * <p>What the page shows is read again after every move and on every new view; between requests only the inputs
 * and the tracking number are kept (the views are transient, read again when missing).
 */
@Named("requestPage")
@ViewScoped
public class RequestPage implements Serializable {

    /** The form ids that a move's message is shown next to ({@code p:messages for=... forType="key"}). */
    static final String REVEAL = "reveal";

    @Inject
    StaffRequests staffRequests;

    @Inject
    RequestLifecycle lifecycle;

    @Inject
    RequestProgress progress;

    @Inject
    Attachments attachments;

    @Inject
    Catalogue catalogue;

    @Inject
    Units units;

    @Inject
    CurrentStaff staff;

    @Inject
    LanguageSelection language;

    @Inject
    Labels labels;

    private String tn;
    private boolean notFound;
    /** The unit a transfer just sent the request to, when the clerk no longer reaches it there. */
    private String transferredTo;

    private transient StaffRequestView view;
    private transient SlaStatusView sla;
    private transient List<LinkedRequest> repeats;
    private transient List<AttachmentView> images;
    private transient RevealedPersonalData revealed;
    private transient List<AnswerLines.Line> answers;
    private transient List<UnitView> otherUnits;

    private String handler;
    private String question;
    private String reply;
    private Long transferUnit;
    private String transferReason;
    private String mergeInto;
    private String rejectReason;
    private String followUpNote;
    private Integer rating;
    private String ratingComment;
    private String priority;
    private String note;
    private String purpose;
    private boolean revealRefused;

    /** On opening the page: the request, or the not-found content with status 404. */
    public void load() {
        read();
        if (notFound) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    // ---- the moves -----------------------------------------------------------------------------------------

    public void accept() {
        move("accept", number -> lifecycle.accept(number, actor()));
    }

    public void dispatch() {
        move("dispatch", number -> lifecycle.dispatch(number, actor(), handler));
    }

    public void start() {
        move("start", number -> lifecycle.startHandling(number, actor()));
    }

    public void ask() {
        move("question", number -> lifecycle.askCitizen(number, actor(), question));
    }

    public void reply() {
        move("reply", number -> lifecycle.replyToCitizen(number, actor(), reply));
    }

    public void followUp() {
        move("followUp", number -> lifecycle.followUp(number, actor(), followUpNote));
    }

    /** 回访; a rating of 1 or 2 reopens the request for the supervisor the unit's workload points to. */
    public void returnVisit() {
        move("returnVisit", number -> lifecycle.recordReturnVisit(number, actor(), rating == null ? 0 : rating,
                ratingComment, null));
    }

    public void transfer() {
        String unitName = otherUnits().stream().filter(u -> u.id() == (transferUnit == null ? -1 : transferUnit))
                .findFirst().map(this::unitName).orElse(null);
        move("transfer", number -> {
            if (transferUnit == null) {
                throw new InvalidInputException(List.of(FieldError.of("unit", "lifecycle.unit.unknown")));
            }
            return lifecycle.transfer(number, actor(), transferUnit, transferReason);
        });
        if (notFound && unitName != null) {
            transferredTo = unitName;
        }
    }

    public void merge() {
        move("merge", number -> lifecycle.merge(number, actor(), TrackingNumber.parse(mergeInto).orElseThrow(
                () -> new InvalidInputException(List.of(FieldError.ofDeclared("into", "staff.move.into.invalid"))))));
    }

    public void reject() {
        move("reject", number -> lifecycle.reject(number, actor(), rejectReason));
    }

    public void changePriority() {
        move("priority", number -> lifecycle.changePriority(number, actor(), priorityOf(priority)));
    }

    private static Priority priorityOf(String name) {
        try {
            return Priority.valueOf(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(FieldError.of("priority", "staff.move.priority.unknown")));
        }
    }

    public void addNote() {
        move("note", number -> lifecycle.addInternalNote(number, actor(), note));
    }

    /** Shows the personal data in full; the read and its purpose are recorded with it, or nothing is shown. */
    public void reveal() {
        revealRefused = false;
        try {
            revealed = staffRequests.reveal(number(), actor(), purpose);
            purpose = null;
        } catch (InvalidInputException e) {
            revealRefused = true;
            e.errors().forEach(error -> refused(REVEAL, error.message(language())));
        } catch (RequestNotFound e) {
            revealed = null;
        }
        RevealedPersonalData kept = revealed;
        read();
        revealed = notFound ? null : kept;
    }

    /**
     * Makes the move and reads the request again. A refusal (status, role, input, or someone else's change at
     * the same moment) is worded in the clerk's language next to the move's form, as the API words it; nothing
     * changed. A database failure that is not a conflict is logged, and the clerk sees its reference.
     */
    private void move(String form, Function<TrackingNumber, RequestStatus> move) {
        revealRefused = false;
        try {
            move.apply(number());
            clearInputs();
            FacesContext.getCurrentInstance().addMessage(form, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    text("workbench.request.moved"), null));
        } catch (RequestNotFound e) {
            // Gone from the clerk's units in the meantime: the page says so below.
        } catch (RefusedException e) {
            refused(form, e.refusal().detail(language()));
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> refused(form, error.message(language())));
        } catch (PersistenceException e) {
            refused(form, Failures.ofDatabase(e).detail(language()));
        }
        read();
    }

    private void refused(String form, String message) {
        FacesContext.getCurrentInstance().addMessage(form, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private void clearInputs() {
        handler = null;
        question = null;
        reply = null;
        transferUnit = null;
        transferReason = null;
        mergeInto = null;
        rejectReason = null;
        followUpNote = null;
        rating = null;
        ratingComment = null;
        note = null;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** Reads the request as the clerk may see it, or marks it not found; forgets what was revealed. */
    private void read() {
        view = null;
        sla = null;
        repeats = null;
        images = null;
        revealed = null;
        answers = null;
        otherUnits = null;
        try {
            TrackingNumber number = number();
            view = staffRequests.view(number, actor(), language());
            sla = progress.of(number.value(), language()).map(RequestStatusView::sla).orElse(null);
            repeats = view.repeats().count() == 0 ? List.of()
                    : staffRequests.repeats(number, actor(), language()).linked();
            images = attachments.forStaff(number, actor());
            priority = view.priority();
            notFound = false;
        } catch (RequestNotFound e) {
            view = null;
            notFound = true;
        }
    }

    private StaffRequestView current() {
        if (view == null && !notFound) {
            read();
        }
        return view;
    }

    private TrackingNumber number() {
        return TrackingNumber.parse(tn).orElseThrow(RequestNotFound::new);
    }

    private StaffActor actor() {
        return staff.actor();
    }

    private Language language() {
        return language.current();
    }

    private String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    private String statusLabel(RequestStatus status) {
        return Messages.text(language(), "status." + status.name());
    }

    private String unitName(UnitView unit) {
        return unit.name(language());
    }

    // ---- what the page shows -------------------------------------------------------------------------------

    public StaffRequestView getView() {
        return current();
    }

    public boolean isNotFound() {
        return current() == null;
    }

    public String getTransferredTo() {
        return transferredTo;
    }

    public SlaStatusView getSla() {
        current();
        return sla;
    }

    public List<LinkedRequest> getRepeats() {
        current();
        return repeats == null ? List.of() : repeats;
    }

    public List<AttachmentView> getImages() {
        current();
        return images == null ? List.of() : images;
    }

    public RevealedPersonalData getRevealed() {
        return revealed;
    }

    /** The service's own questions and the citizen's answers, once revealed. */
    public List<AnswerLines.Line> getAnswers() {
        if (answers == null && revealed != null && view != null) {
            answers = AnswerLines.of(revealed.answers(),
                    catalogue.published(view.type(), view.category(), language(), false));
        }
        return answers == null ? List.of() : answers;
    }

    /** The moves the request's status allows the clerk's role now. */
    public Set<EventAction> getOffered() {
        StaffRequestView shown = current();
        return shown == null ? Set.of() : OfferedMoves.of(RequestStatus.valueOf(shown.status()), actor());
    }

    public boolean offers(String action) {
        return getOffered().contains(EventAction.valueOf(action));
    }

    /** The move the shortcut key leads to, or an empty name when the status has none for the clerk. */
    public String getMainMove() {
        StaffRequestView shown = current();
        return shown == null ? "" : OfferedMoves.mainOf(RequestStatus.valueOf(shown.status()), getOffered())
                .map(Enum::name).orElse("");
    }

    /** The request type as a label, then the catalogue's name of the service when it has a category. */
    public String getTypeLabel() {
        StaffRequestView shown = current();
        if (shown == null) {
            return "";
        }
        String type = labels.type(RequestType.valueOf(shown.type()), language());
        return catalogue.serviceName(shown.type(), shown.category(), language())
                .map(service -> type + " · " + service).orElse(type);
    }

    public String statusLabel(String status) {
        return status == null ? "" : statusLabel(RequestStatus.valueOf(status));
    }

    /** Active units other than the request's own, by name: where a transfer may send it. */
    public List<UnitView> getOtherUnits() {
        return otherUnits();
    }

    private List<UnitView> otherUnits() {
        if (otherUnits == null) {
            String own = current() == null ? null : view.unit().code();
            otherUnits = units.list().stream().filter(UnitView::active).filter(u -> !u.code().equals(own))
                    .sorted(Comparator.comparing(UnitView::code)).toList();
        }
        return otherUnits;
    }

    public String unitLabel(UnitView unit) {
        return unitName(unit) + " (" + unit.code() + ")";
    }

    /** From the best: 3 to 5 close the request, 1 or 2 reopen it. */
    public List<Integer> getRatings() {
        return List.of(5, 4, 3, 2, 1);
    }

    public List<Priority> getPriorities() {
        return List.of(Priority.values());
    }

    public boolean isRevealRefused() {
        return revealRefused;
    }

    // ---- inputs --------------------------------------------------------------------------------------------

    public String getTn() {
        return tn;
    }

    public void setTn(String tn) {
        this.tn = tn;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public Long getTransferUnit() {
        return transferUnit;
    }

    public void setTransferUnit(Long transferUnit) {
        this.transferUnit = transferUnit;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public void setFollowUpNote(String followUpNote) {
        this.followUpNote = followUpNote;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
