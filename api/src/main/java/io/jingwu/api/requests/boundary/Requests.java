package io.jingwu.api.requests.boundary;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.idempotency.IdempotencyKeys;
import io.jingwu.api.requests.control.DangerSigns;
import io.jingwu.api.requests.control.RequestFinder;
import io.jingwu.api.requests.control.RequestInput;
import io.jingwu.api.requests.control.SubmissionRules;
import io.jingwu.api.requests.control.TrackingNumbers;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.requests.entity.RequestMoved;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.routing.control.RequestRouter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every channel can do with requests: submit one and follow it by its tracking number. One transaction
 * per call: a request is stored with its routing and first event, and with whatever the observers of its
 * {@link RequestMoved} add in the same transaction (deadlines, links to the earlier requests it repeats, the
 * citizen's notice), or not at all.
 */
@ApplicationScoped
@Transactional
public class Requests {

    public static final String IDEMPOTENCY_SCOPE = "requests.create";

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    SubmissionRules rules;

    @Inject
    RequestRouter router;

    @Inject
    TrackingNumbers trackingNumbers;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    RequestFinder finder;

    @Inject
    Event<RequestMoved> moves;

    @Inject
    Clock clock;

    /**
     * @param fallback the language to answer in when the input does not name one
     * @throws io.jingwu.api.platform.problems.InvalidInputException listing every broken rule; nothing is stored
     */
    public RequestReceipt submit(RequestInput input, Channel channel, Language fallback) {
        Submission submission = rules.check(input, channel, fallback);
        RequestRouter.Route route = router.route(submission.type(), submission.category(),
                submission.divisionCode(), submission.language());
        // The service's own priority, unless words of danger make it urgent (until the disputes classifier comes).
        Priority priority = DangerSigns.foundIn(submission.description(), submission.address())
                ? Priority.URGENT : submission.priority();
        ServiceRequest request = ServiceRequest.submit(trackingNumbers.next(), submission,
                JSON.toJson(submission.answers()), route.rule(), route.reason(), priority, clock.instant());
        em.persist(request);
        moves.fire(new RequestMoved(request, request.newMove().orElseThrow()));
        return RequestReceipt.of(request, submission.language());
    }

    /**
     * Like {@link #submit}, and remembers the answer under the client's idempotency key in the same transaction.
     * A concurrent first use of the same key makes one of the two transactions fail as a whole.
     */
    public RequestReceipt submitOnce(String idempotencyKey, String bodyHash, RequestInput input, Channel channel,
                                     Language fallback, Function<RequestReceipt, URI> locationOf) {
        RequestReceipt receipt = submit(input, channel, fallback);
        idempotencyKeys.remember(IDEMPOTENCY_SCOPE, idempotencyKey, bodyHash, 201, JSON.toJson(receipt),
                locationOf.apply(receipt).toString());
        return receipt;
    }

    /** The request with this tracking number, for a view of it that any caller holding the number may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServiceRequest> find(String trackingNumber) {
        return finder.find(trackingNumber);
    }
}
