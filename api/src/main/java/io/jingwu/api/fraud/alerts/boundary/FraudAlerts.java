package io.jingwu.api.fraud.alerts.boundary;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.fraud.alerts.control.StationAlerting;
import io.jingwu.api.fraud.alerts.entity.StationAlert;
import io.jingwu.api.institutions.entity.Admission;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.idempotency.IdempotencyKeys;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.requests.boundary.RequestReceipt;
import io.jingwu.api.requests.boundary.Requests;
import io.jingwu.api.requests.control.RequestInput;
import io.jingwu.api.requests.control.SubmissionRules;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.units.entity.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bank's alarm becomes an urgent bank counter alert request, routed as routing says (to the anti-fraud centre), and
 * alerts the nearest police station ({@link StationAlerting}), in one transaction; the answer is remembered under the
 * bank's idempotency key in the same transaction, so a retry never raises a second alarm.
 */
@ApplicationScoped
@Transactional
public class FraudAlerts {

    /** Per institution, so that one bank's keys never replay another's answers. */
    static final String IDEMPOTENCY_SCOPE = "fraud.alerts:";
    /** How long a station sees an alert on its list. */
    static final Duration SHOWN_FOR = Duration.ofHours(24);

    /** The catalogue's fields, and the member of the alarm's body each comes from. */
    private static final Map<String, String> MEMBER_OF_FIELD = Map.of(
            "fields.bankBranch", "branchName", "fields.amountAtRisk", "amount", "fields.statedPurpose", "customerIntent",
            "fields.tellerPhone", "tellerPhone", "contactPhone", "tellerPhone", "address", "branchAddress",
            "fields.customerAge", "customerAge", "description", "customerIntent", "contactName", "branchName");

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    InputCheck inputCheck;

    @Inject
    Requests requests;

    @Inject
    SubmissionRules submissionRules;

    @Inject
    StationAlerting stations;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Clock clock;

    /**
     * @throws InvalidInputException with every broken rule, named by the body's members; nothing is stored
     */
    public AlertReceipt raise(AlertInput input, Admission bank, String idempotencyKey, String bodyHash) {
        RequestInput request = requestOf(input, bank);
        List<FieldError> errors = new ArrayList<>(inputCheck.errors(input));
        try {
            submissionRules.check(request, Channel.API, Language.ZH);
        } catch (InvalidInputException invalid) {
            invalid.errors().stream().map(FraudAlerts::renamed)
                    .filter(error -> errors.stream().noneMatch(known -> known.field().equals(error.field())))
                    .forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RequestReceipt receipt = requests.submit(request, Channel.API, Language.ZH);
        AlertReceipt answer = new AlertReceipt(receipt.trackingNumber(), receipt.unit().name(),
                stations.stationOf(input.divisionCode()).map(unit -> unit.name(Language.ZH)).orElse(null));
        idempotencyKeys.remember(scopeOf(bank), idempotencyKey, bodyHash, 201, JSON.toJson(answer), null);
        return answer;
    }

    static String scopeOf(Admission bank) {
        return IDEMPOTENCY_SCOPE + bank.institutionId();
    }

    /** The alerts of the last day for the stations the member of staff serves, open ones first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StationAlertView> ofStations(StaffActor actor) {
        if (actor.workedUnitIds().isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(StationAlert.OF_UNITS, StationAlert.class)
                .setParameter("unitIds", actor.workedUnitIds())
                .setParameter("since", clock.instant().minus(SHOWN_FOR))
                .getResultStream().map(StationAlertView::of).toList();
    }

    /** Empty when there is no such alert for the member's units. */
    public Optional<StationAlertView> acknowledge(long id, StaffActor actor) {
        return Optional.ofNullable(em.find(StationAlert.class, id))
                .filter(alert -> alert.servedBy(actor.workedUnitIds()))
                .map(alert -> {
                    alert.acknowledge(actor.username(), clock.instant());
                    return StationAlertView.of(alert);
                });
    }

    private static RequestInput requestOf(AlertInput input, Admission bank) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("bankBranch", input.branchName());
        fields.put("amountAtRisk", input.amount());
        fields.put("statedPurpose", input.customerIntent());
        fields.put("tellerPhone", input.tellerPhone());
        fields.put("customerStillPresent", input.customerStillPresent() == null || input.customerStillPresent());
        if (input.customerAge() != null) {
            fields.put("customerAge", input.customerAge());
        }
        String description = Messages.text(Language.ZH, "fraud.alert.description", bank.institutionName(),
                input.branchName(), input.customerIntent());
        return new RequestInput(RequestType.FRAUD_REPORT.name(), StationAlerting.CATEGORY, description,
                input.divisionCode(), input.branchAddress(), bank.institutionName() + " " + input.branchName(),
                input.tellerPhone(), Language.ZH.tag(), fields);
    }

    private static FieldError renamed(FieldError error) {
        String member = MEMBER_OF_FIELD.getOrDefault(error.field(), error.field());
        return new FieldError(member, error.bundle(), error.messageKey(), error.args());
    }

    /** A unit's name, for views. */
    static String nameOf(Unit unit) {
        return unit.name(Language.ZH);
    }
}
