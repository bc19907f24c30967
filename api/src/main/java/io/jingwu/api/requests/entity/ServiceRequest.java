package io.jingwu.api.requests.entity;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.crypto.EncryptedText;
import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.routing.entity.RoutingRule;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.units.entity.Unit;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A citizen's request, from submission to the return visit. It keeps its own rules: every move goes through
 * a method of this class, which refuses an illegal one and records the move as an event. Which move may start
 * from which status, where it leads and who may make it is the {@link LifecycleTable}'s to say. Its personal
 * data (the {@link Contact}, address, description, answers) is stored encrypted; the phone can still be found by
 * its keyed hash ({@link #BY_CONTACT_PHONE_HASH}). What it keeps track of along the way are values of their own:
 * its {@link Routing}, its {@link Milestones}, a {@link StageClock} for each service-level stage and its
 * {@link CitizenWait}.
 *
 * <p>Whether a member of staff serves the request's unit is for the boundary to check before (it answers 404);
 * the request checks the status ({@link LifecycleViolation}, 409), then the role ({@link ForbiddenMove}, 403),
 * then the input ({@link InvalidInputException}, 400), and changes nothing when it refuses. Times come from the
 * caller's clock.
 */
@Entity
@Table(name = "requests")
@NamedQuery(name = ServiceRequest.BY_TRACKING_NUMBER,
        query = "SELECT r FROM ServiceRequest r JOIN FETCH r.unit WHERE r.trackingNumber = :trackingNumber")
@NamedQuery(name = ServiceRequest.TO_CHANGE,
        query = "SELECT r FROM ServiceRequest r WHERE r.trackingNumber = :trackingNumber",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
@NamedQuery(name = ServiceRequest.HELD_BY,
        query = "SELECT r.id FROM ServiceRequest r WHERE r.assignee = :assignee AND r.status IN :open ORDER BY r.id")
@NamedQuery(name = ServiceRequest.BY_CONTACT_PHONE_HASH,
        query = "SELECT r FROM ServiceRequest r JOIN FETCH r.unit WHERE r.contact.phoneHash = :hash ORDER BY r.id")
public class ServiceRequest {

    public static final String BY_TRACKING_NUMBER = "ServiceRequest.byTrackingNumber";
    /** By tracking number, with the row locked until the transaction ends (only the request's row, not its unit's). */
    public static final String TO_CHANGE = "ServiceRequest.toChange";
    /** Every request of one contact phone; parameter {@code hash}: {@link LookupHashes#phone(String)} of the E.164 number. */
    public static final String BY_CONTACT_PHONE_HASH = "ServiceRequest.byContactPhoneHash";
    /** The ids of the requests a member of staff holds (parameter {@code assignee}) in the given {@code open} statuses. */
    public static final String HELD_BY = "ServiceRequest.heldBy";

    /** Who a citizen's own moves are attributed to in the event trail. */
    public static final String CITIZEN = "citizen";
    /** Who the SLA sweep's warnings and escalations are attributed to. */
    public static final String SLA_SWEEP = "sla";

    /** The longest reason, question, answer, reply or note accepted. */
    public static final int MAX_TEXT = 2000;
    /** The longest handler (a colleague's username or a team's name) accepted. */
    public static final int MAX_HANDLER = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number", updatable = false)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    private RequestType type;

    private String category;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    /** Computed by the database from the priority (2 urgent, 1 high, 0 normal), for the queue's order. */
    @Column(name = "priority_rank", insertable = false, updatable = false)
    private int priorityRank;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Column(name = "lang")
    private String language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    /** The clerk who accepted it, or the supervisor a low rating gave it to. */
    private String assignee;

    /** The colleague or team it was dispatched to, or whoever started handling it undispatched. */
    private String handler;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private ServiceRequest mergedInto;

    /** The latest return visit's rating, 1 to 5. */
    private Integer rating;

    @Column(name = "rating_comment")
    @Convert(converter = EncryptedText.class)
    private String ratingComment;

    @Embedded
    private Routing routing;

    /**
     * The rule that routed it, none once that rule is removed. Beside the routing, not in it: removing a rule clears
     * it with a bulk update, which cannot reach a relation inside an embedded value.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "routing_rule_id")
    private RoutingRule routingRule;

    @Convert(converter = EncryptedText.class)
    private String description;

    @Convert(converter = EncryptedText.class)
    private String address;

    @Embedded
    private Contact contact;

    /** The answers to the service's own questions, as a JSON object. */
    @Convert(converter = EncryptedText.class)
    private String answers;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Embedded
    private Milestones milestones;

    @Column(name = "updated_at")
    private Instant updatedAt;

    // ---- service levels, set by the SLA clock (io.jingwu.api.sla.control.SlaClock) ----

    /** Accept by its deadline: counted from joining the current unit's queue. */
    @Embedded
    @AttributeOverride(name = "dueAt", column = @Column(name = "accept_due_at"))
    @AttributeOverride(name = "warnAt", column = @Column(name = "accept_warn_at"))
    @AttributeOverride(name = "warnedAt", column = @Column(name = "accept_warned_at"))
    @AttributeOverride(name = "breachedAt", column = @Column(name = "accept_breached_at"))
    private StageClock acceptStage;

    /** Resolve by its deadline, if anything is promised; moved on after a wait for the citizen. */
    @Embedded
    @AttributeOverride(name = "dueAt", column = @Column(name = "resolve_due_at"))
    @AttributeOverride(name = "warnAt", column = @Column(name = "resolve_warn_at"))
    @AttributeOverride(name = "warnedAt", column = @Column(name = "resolve_warned_at"))
    @AttributeOverride(name = "breachedAt", column = @Column(name = "resolve_breached_at"))
    private StageClock resolveStage;

    @Embedded
    private CitizenWait citizenWait;

    @Version
    private long version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<RequestEvent> events = new ArrayList<>();

    /** Not stored: the move made since it was read, for the SLA clock and the citizen's notice to follow. */
    @Transient
    private RequestEvent newMove;

    protected ServiceRequest() {
    }

    /**
     * A new request in the queue of the unit its routing rule names.
     *
     * @param routingReason why this unit, in words the citizen understands
     * @param answersJson   the submission's answers, serialised as a JSON object
     */
    public static ServiceRequest submit(TrackingNumber trackingNumber, Submission submission, String answersJson,
                                        RoutingRule routingRule, String routingReason, Priority priority,
                                        Instant now) {
        ServiceRequest request = new ServiceRequest();
        request.trackingNumber = trackingNumber.value();
        request.type = submission.type();
        request.category = submission.category();
        request.status = RequestStatus.SUBMITTED;
        request.priority = priority;
        request.channel = submission.channel();
        request.language = submission.language().tag();
        request.unit = routingRule.unit();
        request.routing = Routing.to(routingRule.unit(), routingReason, submission.divisionCode());
        request.routingRule = routingRule;
        request.citizenWait = CitizenWait.none();
        request.description = submission.description();
        request.address = submission.address();
        request.contact = Contact.of(submission.contactName(), submission.contactPhone());
        request.answers = answersJson;
        request.createdAt = now;
        request.milestones = Milestones.submittedAt(now);
        request.updatedAt = now;
        request.newMove = RequestEvent.of(request, EventAction.SUBMITTED, null, RequestStatus.SUBMITTED,
                CITIZEN, routingReason, EventVisibility.PUBLIC, now).toUnit(request.unit);
        request.events.add(request.newMove);
        return request;
    }

    // ---- the lifecycle ----------------------------------------------------------------------------------

    /** Whether the current status allows the action, whoever asks. */
    public boolean permits(EventAction action) {
        return LifecycleTable.allows(status, action);
    }

    /** 接单: a clerk claims it and becomes its assignee. */
    public void accept(StaffActor clerk, Instant now) {
        check(EventAction.ACCEPTED, clerk);
        assignee = clerk.username();
        milestones = milestones.withAccepted(now);
        setClock(SlaStage.ACCEPT, clock(SlaStage.ACCEPT).completedAt(now));
        move(EventAction.ACCEPTED, clerk.username(), null, EventVisibility.PUBLIC, now).assignedTo(assignee);
    }

    /** Refused for good, with a reason the citizen reads. */
    public void reject(StaffActor clerk, String reason, Instant now) {
        check(EventAction.REJECTED, clerk);
        String text = MoveInput.requiredText("reason", reason, MAX_TEXT);
        move(EventAction.REJECTED, clerk.username(), text, EventVisibility.PUBLIC, now);
    }

    /**
     * Sends it to another unit's queue, as if newly submitted there: nobody holds it any more, and it counts one
     * more back-flow (回流). The reason is shown to the citizen; anything for colleagues only goes in an internal
     * note.
     */
    public void transferTo(Unit newUnit, StaffActor actor, String reason, Instant now) {
        Objects.requireNonNull(newUnit, "unit");
        check(EventAction.TRANSFERRED, actor);
        MoveInput input = new MoveInput();
        String text = input.required("reason", reason, MAX_TEXT);
        if (sameUnit(unit, newUnit)) {
            input.refuse("unit", "lifecycle.unit.same");
        }
        input.check();
        unit = newUnit;
        assignee = null;
        handler = null;
        milestones = milestones.requeuedAt(now);
        routing = routing.transferred();
        move(EventAction.TRANSFERRED, actor.username(), text, EventVisibility.PUBLIC, now).toUnit(newUnit);
    }

    /**
     * A duplicate: ends here, and remembers the request it was merged into, which must be another one, still
     * open.
     */
    public void mergeInto(ServiceRequest target, StaffActor clerk, Instant now) {
        Objects.requireNonNull(target, "target");
        check(EventAction.MERGED, clerk);
        if (target == this || (id != null && id.equals(target.id))) {
            throw new InvalidInputException(List.of(FieldError.of("target", "lifecycle.merge.self")));
        }
        if (target.status.isFinal()) {
            throw LifecycleViolation.finalMergeTarget(target.status);
        }
        mergedInto = target;
        move(EventAction.MERGED, clerk.username(), null, EventVisibility.PUBLIC, now);
    }

    /** 派单: gives it to a colleague (by username) or a team (by name), who may then handle it. */
    public void dispatch(StaffActor actor, String handlerName, Instant now) {
        check(EventAction.DISPATCHED, actor);
        String name = MoveInput.requiredText("handler", handlerName, MAX_HANDLER);
        handler = name;
        move(EventAction.DISPATCHED, actor.username(), null, EventVisibility.PUBLIC, now).assignedTo(name);
    }

    /** 处置: handling begins. Whoever starts an undispatched request becomes its handler. */
    public void startHandling(StaffActor actor, Instant now) {
        check(EventAction.HANDLING_STARTED, actor);
        String newHandler = handler == null ? actor.username() : null;
        if (newHandler != null) {
            handler = newHandler;
        }
        move(EventAction.HANDLING_STARTED, actor.username(), null, EventVisibility.PUBLIC, now).assignedTo(newHandler);
    }

    /** Asks the citizen something they must answer; the SLA clock stops until they do. */
    public void askCitizen(StaffActor actor, String publicQuestion, Instant now) {
        check(EventAction.CITIZEN_ASKED, actor);
        String text = MoveInput.requiredText("question", publicQuestion, MAX_TEXT);
        setCitizenWait(citizenWait().askedAt(now));
        move(EventAction.CITIZEN_ASKED, actor.username(), text, EventVisibility.PUBLIC, now);
    }

    /** The citizen's answer: handling resumes and the time waited is set aside from the SLA. */
    public void citizenAnswers(String answer, Instant now) {
        check(EventAction.CITIZEN_ANSWERED);
        String text = MoveInput.requiredText("answer", answer, MAX_TEXT);
        setCitizenWait(citizenWait().endedAt(now));
        move(EventAction.CITIZEN_ANSWERED, CITIZEN, text, EventVisibility.PUBLIC, now);
    }

    /** 反馈: the public reply that resolves it. */
    public void replyToCitizen(StaffActor actor, String publicReply, Instant now) {
        check(EventAction.REPLIED, actor);
        String text = MoveInput.requiredText("reply", publicReply, MAX_TEXT);
        milestones = milestones.withResolved(now);
        setClock(SlaStage.RESOLVE, clock(SlaStage.RESOLVE).completedAt(now));
        move(EventAction.REPLIED, actor.username(), text, EventVisibility.PUBLIC, now);
    }

    /** 跟进: a clerk checked that the resolution holds; the note is optional. */
    public void followUp(StaffActor clerk, String note, Instant now) {
        check(EventAction.FOLLOWED_UP, clerk);
        String text = MoveInput.optionalText("note", note, MAX_TEXT);
        move(EventAction.FOLLOWED_UP, clerk.username(), text, EventVisibility.PUBLIC, now);
    }

    /**
     * 回访 recorded by a clerk who called the citizen back: a rating of 3 to 5 closes the request; 1 or 2 reopens
     * it for the given supervisor.
     *
     * @param supervisor who takes a reopened request over; needed only for a rating of 1 or 2
     */
    public void recordReturnVisit(StaffActor clerk, int rating, String comment, StaffActor supervisor, Instant now) {
        check(EventAction.RETURN_VISITED, clerk);
        returnVisit(clerk.username(), rating, comment, supervisor, now);
    }

    /** 回访 given by the citizen themself; otherwise as {@link #recordReturnVisit}. */
    public void recordCitizenReturnVisit(int rating, String comment, StaffActor supervisor, Instant now) {
        check(EventAction.RETURN_VISITED);
        returnVisit(CITIZEN, rating, comment, supervisor, now);
    }

    /** Whether a return visit with this rating reopens the request (1 or 2) rather than closing it. */
    public static boolean reopens(int rating) {
        return rating >= 1 && rating <= 2;
    }

    /** The citizen no longer wants it handled; the reason is optional. */
    public void withdraw(String reason, Instant now) {
        check(EventAction.WITHDRAWN);
        String text = MoveInput.optionalText("reason", reason, MAX_TEXT);
        setCitizenWait(citizenWait().endedAt(now));
        move(EventAction.WITHDRAWN, CITIZEN, text, EventVisibility.PUBLIC, now);
    }

    /** A new priority, until the request is final; setting the same one again changes and records nothing. */
    public void changePriority(StaffActor actor, Priority newPriority, Instant now) {
        Objects.requireNonNull(newPriority, "priority");
        check(EventAction.PRIORITY_CHANGED, actor);
        if (newPriority == priority) {
            return;
        }
        String note = priority + " → " + newPriority;
        priority = newPriority;
        move(EventAction.PRIORITY_CHANGED, actor.username(), note, EventVisibility.INTERNAL, now);
    }

    /** A note for colleagues only, at any time, even after the end; the citizen never sees it. */
    public void addInternalNote(StaffActor actor, String text, Instant now) {
        check(EventAction.NOTE_ADDED, actor);
        String note = MoveInput.requiredText("note", text, MAX_TEXT);
        move(EventAction.NOTE_ADDED, actor.username(), note, EventVisibility.INTERNAL, now);
    }

    /**
     * Its holder (the assignee: the supervisor a low rating gave it to) can no longer act, their account switched
     * off: it goes to {@code newHolder}, another supervisor of its unit, or to nobody when the unit has none left, so
     * that whichever supervisor the unit has or gets takes it up. Status and deadlines stay as they are; recorded for
     * colleagues only, with the former and the new holder.
     *
     * @param by who switched the account off
     */
    public void handOver(String newHolder, String by, Instant now) {
        Objects.requireNonNull(by, "by");
        check(EventAction.HANDED_OVER);
        String note = assignee + " → " + (newHolder == null ? "—" : newHolder);
        assignee = newHolder;
        move(EventAction.HANDED_OVER, by, note, EventVisibility.INTERNAL, now).assignedTo(newHolder);
    }

    private void returnVisit(String actor, int newRating, String comment, StaffActor supervisor, Instant now) {
        MoveInput input = new MoveInput();
        if (newRating < 1 || newRating > 5) {
            input.refuse("rating", "lifecycle.rating.range");
        }
        String text = input.optional("comment", comment, MAX_TEXT);
        boolean reopens = reopens(newRating);
        if (reopens && supervisor == null) {
            input.refuse("supervisor", "lifecycle.supervisor.required");
        } else if (reopens && !supervisor.isSupervisor()) {
            input.refuse("supervisor", "lifecycle.supervisor.role");
        }
        input.check();
        rating = newRating;
        ratingComment = text;
        if (reopens) {
            assignee = supervisor.username();
        }
        move(EventAction.RETURN_VISITED, reopens ? RequestStatus.IN_PROGRESS : RequestStatus.CLOSED, actor, text,
                EventVisibility.PUBLIC, now).assignedTo(reopens ? assignee : null).rating(newRating);
    }

    /** A citizen's move: only the status can stand in the way. */
    private void check(EventAction action) {
        if (!permits(action)) {
            throw new LifecycleViolation(action, status);
        }
    }

    /**
     * A member of staff's move: the status first (409), then the "who" of the table (403), which lets the
     * request's own assignee or handler make the handler's moves whatever their roles.
     */
    private void check(EventAction action, StaffActor actor) {
        Objects.requireNonNull(actor, "actor");
        check(action);
        boolean holdsIt = actor.username().equals(assignee) || actor.username().equals(handler);
        if (!LifecycleTable.roleMayMake(action, actor) && !(holdsIt && LifecycleTable.handlerMayMake(action))) {
            throw new ForbiddenMove(action, actor.username());
        }
    }

    /** A move to where the lifecycle table leads it. */
    private RequestEvent move(EventAction action, String actor, String note, EventVisibility visibility, Instant now) {
        return move(action, LifecycleTable.leadsTo(action, status), actor, note, visibility, now);
    }

    private RequestEvent move(EventAction action, RequestStatus to, String actor, String note,
                              EventVisibility visibility, Instant now) {
        RequestEvent event = RequestEvent.of(this, action, status, to, actor, note, visibility, now);
        events.add(event);
        newMove = event;
        if (to.isFinal() && !status.isFinal()) {
            milestones = milestones.withClosed(now);
        }
        status = to;
        updatedAt = now;
        return event;
    }

    private static boolean sameUnit(Unit a, Unit b) {
        return a == b || (a != null && a.id() != null && a.id().equals(b.id()));
    }

    /** The phone is stored encrypted: its keyed hash is what finds it, computed as the request is first stored. */
    @PrePersist
    void hashContactPhone() {
        contact = contact().withPhoneHash();
    }

    // ---- service levels: the SLA clock sets the deadlines, the sweep warns and escalates ---------------------

    /** A fresh accept stage (at submission, or in a new unit after a transfer): no warning or breach yet. */
    public void startAcceptStage(Instant due, Instant warnAt) {
        setClock(SlaStage.ACCEPT, StageClock.started(Objects.requireNonNull(due, "due"), warnAt));
    }

    /** The same accept stage with a new deadline (another priority): a warning or breach already raised stays. */
    public void rescheduleAcceptStage(Instant due, Instant warnAt) {
        setClock(SlaStage.ACCEPT, clock(SlaStage.ACCEPT).rescheduled(Objects.requireNonNull(due, "due"), warnAt));
    }

    /** A fresh resolve stage (at submission, or reopened by a low rating); a null deadline promises nothing. */
    public void startResolveStage(Instant due, Instant warnAt) {
        setClock(SlaStage.RESOLVE, StageClock.started(due, warnAt));
        setCitizenWait(citizenWait().keepingNothing());
    }

    /** The same resolve stage with a new deadline: after a wait for the citizen, or for another priority. */
    public void rescheduleResolveStage(Instant due, Instant warnAt) {
        setClock(SlaStage.RESOLVE, clock(SlaStage.RESOLVE).rescheduled(due, warnAt));
        setCitizenWait(citizenWait().keepingNothing());
    }

    /** The clock stops while the citizen is asked: what is left of the resolve time is kept. */
    public void pauseResolveStage(Duration remaining) {
        setCitizenWait(citizenWait().keeping(remaining));
    }

    /**
     * What a sweep at {@code now} finds for the stage ({@link StageClock}), if the stage is running (a request
     * waiting for the citizen or done is left alone). The finding is stamped on the request with an internal
     * event naming the stage and the deadline; nothing happens when there is nothing to find.
     *
     * @return {@link EventAction#SLA_WARNED} or {@link EventAction#SLA_BREACHED}, if either was raised now
     */
    public Optional<EventAction> checkDeadline(SlaStage stage, Instant now) {
        if (!isRunning(stage)) {
            return Optional.empty();
        }
        StageClock clock = clock(stage);
        Optional<EventAction> found = clock.findingAt(now);
        found.ifPresent(finding -> {
            setClock(stage, clock.stamped(finding, now));
            events.add(RequestEvent.of(this, finding, status, status, SLA_SWEEP,
                    stage + " due " + clock.dueAt().orElseThrow(), EventVisibility.INTERNAL, now));
            updatedAt = now;
        });
        return found;
    }

    /** Whether the stage's clock runs now: accepting while queued; resolving until the reply, except while waiting. */
    public boolean isRunning(SlaStage stage) {
        return switch (stage) {
            case ACCEPT -> status == RequestStatus.SUBMITTED;
            case RESOLVE -> status == RequestStatus.SUBMITTED || status == RequestStatus.ACCEPTED
                    || status == RequestStatus.DISPATCHED || status == RequestStatus.IN_PROGRESS;
        };
    }

    /** The stage's deadlines and findings; a clock that promises nothing before the SLA clock set one. */
    public StageClock clock(SlaStage stage) {
        StageClock clock = stage == SlaStage.ACCEPT ? acceptStage : resolveStage;
        // the database gives no clock at all when its four columns are empty
        return clock == null ? StageClock.none() : clock;
    }

    /** Replaces the stage's clock, only when it changes: an equal one would still count as a change to store. */
    private void setClock(SlaStage stage, StageClock clock) {
        if (clock.equals(clock(stage))) {
            return;
        }
        if (stage == SlaStage.ACCEPT) {
            acceptStage = clock;
        } else {
            resolveStage = clock;
        }
    }

    /** The waits for the citizen, and the resolve time kept during the current one. */
    public CitizenWait citizenWait() {
        // the database gives no wait at all when its columns are empty
        return citizenWait == null ? CitizenWait.none() : citizenWait;
    }

    /** Replaced only when it changes, like the clocks: reading a request must not make it a change to store. */
    private void setCitizenWait(CitizenWait wait) {
        if (!wait.equals(citizenWait())) {
            citizenWait = wait;
        }
    }

    // ---- what it is and where it stands ------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public TrackingNumber trackingNumber() {
        return new TrackingNumber(trackingNumber);
    }

    public RequestType type() {
        return type;
    }

    public String category() {
        return category;
    }

    public RequestStatus status() {
        return status;
    }

    public Priority priority() {
        return priority;
    }

    public Channel channel() {
        return channel;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public Unit unit() {
        return unit;
    }

    /** Where routing sent it at submission and why, and how often it was transferred since. */
    public Routing routing() {
        return routing;
    }

    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Optional<String> handler() {
        return Optional.ofNullable(handler);
    }

    public Optional<ServiceRequest> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public OptionalInt rating() {
        return rating == null ? OptionalInt.empty() : OptionalInt.of(rating);
    }

    public Optional<String> ratingComment() {
        return Optional.ofNullable(ratingComment);
    }

    /** Who submitted it and how to reach them. */
    public Contact contact() {
        return contact == null ? new Contact() : contact;
    }

    public String address() {
        return address;
    }

    public String description() {
        return description;
    }

    public String answers() {
        return answers;
    }

    /** The answers to the service's questions keyed by field code; empty when there are none. */
    public JsonObject answersAsJson() {
        if (answers == null || answers.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(answers))) {
            return reader.readObject();
        }
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When it was queued, accepted, resolved and closed. */
    public Milestones milestones() {
        return milestones;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<RequestEvent> events() {
        return List.copyOf(events);
    }

    /**
     * The move this instance recorded since it was loaded: its submission, or the move a lifecycle method just
     * made; empty when a method changed nothing (the same priority again).
     */
    public Optional<RequestEvent> newMove() {
        return Optional.ofNullable(newMove);
    }
}
