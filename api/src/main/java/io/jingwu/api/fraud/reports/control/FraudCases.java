package io.jingwu.api.fraud.reports.control;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.fraud.reports.entity.FraudCase;
import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.requests.entity.RequestMoved;
import io.jingwu.api.requests.entity.ServiceRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;

/**
 * Every fraud report, whichever channel brought it, leaves its figures for the anti-fraud index in its own
 * transaction ({@link FraudCase}). The catalogue's answers say the kind of scam and the amounts.
 */
@ApplicationScoped
public class FraudCases {

    /** The catalogue's fields the figures come from. */
    static final String SCAM_KIND = "scamKind";
    static final String AMOUNT_LOST = "amount";
    static final String AMOUNT_AT_RISK = "amountAtRisk";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    void onSubmission(@Observes @Priority(RequestMoved.READS_REQUEST) RequestMoved moved) {
        ServiceRequest request = moved.request();
        if (!moved.isSubmission() || request.type() != RequestType.FRAUD_REPORT) {
            return;
        }
        JsonObject answers = request.answersAsJson();
        em.flush();
        em.persist(FraudCase.of(request.id(), request.category(), request.routing().divisionCode(),
                answers.get(SCAM_KIND) instanceof JsonString kind ? ScamKind.ofChoiceValue(kind.getString()).orElse(null) : null,
                amount(answers.get(AMOUNT_LOST)), amount(answers.get(AMOUNT_AT_RISK)), request.createdAt()));
    }

    private static BigDecimal amount(JsonValue answer) {
        return answer instanceof JsonNumber number ? number.bigDecimalValue() : null;
    }
}
