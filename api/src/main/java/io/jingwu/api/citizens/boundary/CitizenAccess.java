package io.jingwu.api.citizens.boundary;

import io.jingwu.api.citizens.control.OneTimeCodes;
import io.jingwu.api.citizens.entity.AccessCode;
import io.jingwu.api.citizens.entity.CitizenToken;
import io.jingwu.api.notifications.control.SmsGateway;
import io.jingwu.api.personaldata.control.PhoneLookup;
import io.jingwu.api.platform.crypto.Digests;
import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.platform.crypto.RandomTokens;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.personal.PhoneNumbers;
import io.jingwu.api.platform.ratelimit.RateLimits;
import io.jingwu.api.requests.control.RequestFinder;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.TrackingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The citizen's way in: a code to the contact phone, exchanged for a token bound to one request. Outcomes are
 * returned, not thrown, so that what must be remembered (a guess counted, a probe rate-limited) is committed
 * even when the answer is no. Unknown request and wrong phone give the same answer.
 */
@ApplicationScoped
@Transactional
public class CitizenAccess {

    static final String CODE_PURPOSE = "access-code";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RateLimits rateLimits;

    @Inject
    SmsGateway sms;

    @Inject
    PhoneLookup phoneLookup;

    @Inject
    RequestFinder finder;

    @Inject
    OneTimeCodes codes;

    @Inject
    @ConfigProperty(name = "jingwu.citizen.token-lifetime", defaultValue = "PT30M")
    Duration tokenLifetime;

    public enum CodeOutcome { SENT, NOT_FOUND, TOO_MANY }

    /** Sends a code when {@code phone} is the request's contact phone. */
    public CodeOutcome sendCode(String trackingNumber, String phone, String clientAddress) {
        Optional<String> e164 = PhoneNumbers.normalise(phone);
        if (!codes.maySend(CODE_PURPOSE, e164.orElse(phone), clientAddress)) {
            return CodeOutcome.TOO_MANY;
        }
        Optional<ServiceRequest> request = TrackingNumber.parse(trackingNumber)
                .flatMap(number -> phoneLookup.request(number, phone));
        if (request.isEmpty()) {
            return CodeOutcome.NOT_FOUND;
        }
        String code = codes.next();
        em.persist(new AccessCode(request.get().id(), codeHash(request.get().id(), code), clock.instant(), codes.lifetime()));
        sms.send(e164.get(), Messages.text(request.get().language(), "citizen.code.sms", code,
                request.get().trackingNumber().formatted(), codes.lifetime().toMinutes()), CODE_PURPOSE, request.get());
        return CodeOutcome.SENT;
    }

    /** A token for the request when the code is its latest, still good, and right; empty otherwise. */
    public Optional<IssuedToken> exchange(String trackingNumber, String code) {
        Instant now = clock.instant();
        Optional<ServiceRequest> request = finder.find(trackingNumber);
        if (request.isEmpty() || code == null) {
            return Optional.empty();
        }
        long requestId = request.get().id();
        Optional<AccessCode> latest = em.createNamedQuery(AccessCode.LATEST, AccessCode.class)
                .setParameter("requestId", requestId)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (latest.isEmpty() || !latest.get().redeem(codeHash(requestId, code.strip()), now)) {
            return Optional.empty();
        }
        String token = RandomTokens.urlSafe(32);
        CitizenToken stored = new CitizenToken(Digests.sha256(token), requestId, now, now.plus(tokenLifetime));
        em.persist(stored);
        return Optional.of(new IssuedToken(token, stored.expiresAt()));
    }

    /** How a citizen sends the token: {@code Authorization: CitizenToken <token>}. */
    public static final String TOKEN_SCHEME = "CitizenToken ";

    /**
     * The request, when the {@code Authorization} header carries a citizen token issued for it that has not
     * expired.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServiceRequest> authorise(String trackingNumber, String authorization) {
        Optional<String> key = tokenKey(authorization);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return finder.find(trackingNumber).filter(request -> Optional
                .ofNullable(em.find(CitizenToken.class, key.get()))
                .filter(stored -> stored.opens(request.id(), now))
                .isPresent());
    }

    /**
     * The key a citizen token is stored under, from an {@code Authorization: CitizenToken <token>} header: the
     * same token however it is spaced, e.g. to count what one token does.
     */
    public static Optional<String> tokenKey(String authorization) {
        if (authorization == null || !authorization.startsWith(TOKEN_SCHEME)) {
            return Optional.empty();
        }
        String token = authorization.substring(TOKEN_SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(Digests.sha256(token));
    }


    private static String codeHash(long requestId, String code) {
        return LookupHashes.oneTimeCode(CODE_PURPOSE, String.valueOf(requestId), code);
    }


    /** A citizen token and when it stops working. */
    public record IssuedToken(String token, Instant expiresAt) {
    }
}
