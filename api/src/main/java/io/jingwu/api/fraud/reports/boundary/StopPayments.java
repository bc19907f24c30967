package io.jingwu.api.fraud.reports.boundary;

import io.jingwu.api.fraud.reports.entity.FraudCase;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.control.RequestFinder;
import io.jingwu.api.requests.entity.RequestNotFound;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The stop-payment (止付) outcome of a fraud report, recorded by a clerk or supervisor of the unit that holds the
 * report: how much of the money was stopped. It counts in the anti-fraud index.
 */
@ApplicationScoped
@Transactional
public class StopPayments {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    RequestFinder finder;

    @Inject
    Clock clock;

    /** The figures as they stand. @throws RequestNotFound when the report is not one of the actor's units' */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FraudCaseView of(String trackingNumber, StaffActor actor) {
        return FraudCaseView.of(caseOf(trackingNumber, actor, LockModeType.NONE));
    }

    /**
     * @param amount yuan, up to two decimals, at most what was lost (or at risk)
     * @throws RequestNotFound when the report is not one of the actor's units' fraud reports
     * @throws InvalidInputException when the amount is not one
     */
    public FraudCaseView record(String trackingNumber, String amount, StaffActor actor) {
        FraudCase fraudCase = caseOf(trackingNumber, actor, LockModeType.PESSIMISTIC_WRITE);
        String given = amount == null ? "" : amount.strip();
        if (!AMOUNT.matcher(given).matches()) {
            throw new InvalidInputException(List.of(FieldError.of("amountStopped", "fraud.stopPayment.format")));
        }
        BigDecimal stopped = new BigDecimal(given);
        if (fraudCase.ceiling().map(most -> stopped.compareTo(most) > 0).orElse(false)) {
            throw new InvalidInputException(List.of(FieldError.of("amountStopped", "fraud.stopPayment.tooMuch",
                    fraudCase.ceiling().orElseThrow().toPlainString())));
        }
        fraudCase.recordStopPayment(stopped, actor.username(), clock.instant());
        return FraudCaseView.of(fraudCase);
    }

    private FraudCase caseOf(String trackingNumber, StaffActor actor, LockModeType lock) {
        ServiceRequest request = finder.reachableBy(TrackingNumber.parse(trackingNumber).orElseThrow(RequestNotFound::new),
                actor);
        FraudCase fraudCase = em.find(FraudCase.class, request.id(), lock);
        if (fraudCase == null) {
            throw new RequestNotFound();
        }
        return fraudCase;
    }
}
