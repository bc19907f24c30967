package io.jingwu.api.fraud.lists.control;

import io.jingwu.api.catalogue.control.ServiceCatalogue;
import io.jingwu.api.catalogue.entity.DataType;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.catalogue.entity.ServiceDefinition;
import io.jingwu.api.catalogue.entity.ServiceField;
import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.fraud.lists.entity.ListedValue;
import io.jingwu.api.requests.entity.RequestMoved;
import io.jingwu.api.requests.entity.ServiceRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A citizen's fraud report names the other side: the account the money went to, the number that called, the link
 * that was sent. Each such value is recorded with the report, in its transaction, so that the checks can say
 * "reported N times"; a report alone never puts a value on the list. The values are read from the report's text
 * answers, as the catalogue declares them; the citizen's own contact details are not answers and are never read.
 */
@ApplicationScoped
public class ReportedValues {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    ServiceCatalogue catalogue;

    void onSubmission(@Observes @Priority(RequestMoved.READS_REQUEST) RequestMoved moved) {
        ServiceRequest request = moved.request();
        if (!moved.isSubmission() || request.type() != RequestType.FRAUD_REPORT) {
            return;
        }
        Set<ListedValue> values = named(request);
        if (values.isEmpty()) {
            return;
        }
        em.flush();
        LocalDateTime at = LocalDateTime.ofInstant(request.createdAt(), ZoneOffset.UTC);
        for (ListedValue value : values) {
            em.createNativeQuery("INSERT IGNORE INTO fraud_reported_values (request_id, kind, value_hash, reported_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .setParameter(1, request.id())
                    .setParameter(2, value.kind().name())
                    .setParameter(3, value.hash())
                    .setParameter(4, at)
                    .executeUpdate();
        }
    }

    /** The values the report's text answers name. */
    Set<ListedValue> named(ServiceRequest request) {
        Optional<ServiceDefinition> service = catalogue.current().find(request.type(), request.category());
        if (service.isEmpty()) {
            return Set.of();
        }
        JsonObject answers = request.answersAsJson();
        Set<ListedValue> values = new LinkedHashSet<>();
        for (ServiceField field : service.get().fields()) {
            JsonValue answer = answers.get(field.code());
            if ((field.dataType() == DataType.TEXT || field.dataType() == DataType.LONG_TEXT)
                    && answer instanceof JsonString text) {
                values.addAll(valuesIn(text.getString()));
            }
        }
        return values;
    }

    /** An answer that is a card number on its own is one (its check digit may be mistyped); else what the text names. */
    static Set<ListedValue> valuesIn(String answer) {
        Set<ListedValue> values = new LinkedHashSet<>();
        AccountNumbers.normalise(ListKind.BANK_CARD, answer)
                .ifPresent(card -> values.add(new ListedValue(ListKind.BANK_CARD, card)));
        ValuesInText.in(answer).forEach(found -> values.add(found.value()));
        return values;
    }
}
