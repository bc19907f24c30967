package io.jingwu.api.fraud.alerts.control;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.fraud.alerts.entity.StationAlert;
import io.jingwu.api.requests.entity.RequestMoved;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.Optional;

/**
 * A bank counter alert, however it came in (a teller's one-click alarm, a call taken by a clerk), alerts the police
 * station whose jurisdiction holds the branch, in the alert's own transaction: the request goes to the anti-fraud
 * centre's queue as routing says, and the station, which is nearest, is told at once where to go.
 */
@ApplicationScoped
public class StationAlerting {

    public static final String CATEGORY = "bank-counter-alert";
    /** The catalogue's field of the branch's name in a bank counter alert. */
    static final String BRANCH_FIELD = "bankBranch";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    void onSubmission(@Observes @Priority(RequestMoved.READS_REQUEST) RequestMoved moved) {
        ServiceRequest request = moved.request();
        if (!moved.isSubmission() || request.type() != RequestType.FRAUD_REPORT || !CATEGORY.equals(request.category())) {
            return;
        }
        stationOf(request.routing().divisionCode()).ifPresent(station -> em.persist(new StationAlert(request, station,
                branchOf(request), request.address() == null ? "" : request.address(), request.createdAt())));
    }

    /** The active police station serving the division most narrowly (the longest jurisdiction prefix). */
    public Optional<Unit> stationOf(String divisionCode) {
        return em.createNamedQuery(Unit.ACTIVE, Unit.class).getResultStream()
                .filter(unit -> unit.kind() == UnitKind.POLICE_STATION)
                .filter(unit -> longestPrefix(unit, divisionCode) >= 0)
                .max(Comparator.comparingInt(unit -> longestPrefix(unit, divisionCode)));
    }

    private static int longestPrefix(Unit unit, String divisionCode) {
        return unit.jurisdiction().stream().filter(divisionCode::startsWith).mapToInt(String::length).max().orElse(-1);
    }

    private static String branchOf(ServiceRequest request) {
        return request.answersAsJson().getString(BRANCH_FIELD, "");
    }
}
