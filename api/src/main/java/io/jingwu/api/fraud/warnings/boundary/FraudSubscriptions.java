package io.jingwu.api.fraud.warnings.boundary;

import io.jingwu.api.citizens.control.OneTimeCodes;
import io.jingwu.api.fraud.warnings.control.UnsubscribeTokens;
import io.jingwu.api.fraud.warnings.control.WarningAreas;
import io.jingwu.api.fraud.warnings.entity.FraudSubscription;
import io.jingwu.api.fraud.warnings.entity.SubscriptionCode;
import io.jingwu.api.notifications.control.SmsGateway;
import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.platform.crypto.RandomTokens;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.personal.PhoneNumbers;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.platform.validation.Phone;
import io.jingwu.api.platform.validation.Required;
import io.jingwu.api.platform.validation.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Following the anti-fraud warnings of a district, for every channel: a phone asks, and the code sent to it confirms;
 * it stops by the signed link of any warning it was sent, or by a new code. The answers to asking never tell whether
 * the phone follows anything already, so that nobody learns who follows what: a code is sent (or, for stopping, is
 * sent only to a phone that follows something) and the answer is the same. Outcomes are returned, not thrown, so
 * that a counted guess is committed even when the answer is no.
 */
@ApplicationScoped
@Transactional
public class FraudSubscriptions {

    /**
     * The purposes of the code messages, as the outbox records them (ending in {@code -code}: staff never see the
     * digits), and the names of their rate limits: at most 24 characters, as a limit's bucket adds {@code -address}.
     */
    static final String SUBSCRIBE_CODE = "fraud-subscribe-code";
    static final String UNSUBSCRIBE_CODE = "fraud-unsubscribe-code";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SmsGateway sms;

    @Inject
    OneTimeCodes codes;

    @Inject
    WarningAreas areas;

    @Inject
    InputCheck inputs;

    /**
     * @param phone        the phone to warn
     * @param divisionCode a county-level district ({@code 330522})
     * @param lang         zh, en or ru; the caller's language when absent
     */
    public record SubscriptionInput(@Required(message = "{fraud.warnings.phone.required}")
                                    @Phone String phone,
                                    @Required(message = "{fraud.warnings.subscription.divisionCode.required}")
                                    String divisionCode,
                                    String lang) {
    }

    /** @param code the six digits the phone was sent */
    public record ConfirmationInput(@Required(message = "{fraud.warnings.phone.required}")
                                    @Phone String phone,
                                    @Required(message = "{fraud.warnings.subscription.divisionCode.required}")
                                    String divisionCode,
                                    @Required(message = "{fraud.warnings.code.required}") String code) {
    }

    /**
     * @param divisionCode the one district to stop; every district the phone follows when absent
     * @param lang         the language of the code's message; the caller's when absent
     */
    public record UnsubscriptionCodeInput(@Required(message = "{fraud.warnings.phone.required}")
                                          @Phone String phone,
                                          String divisionCode,
                                          String lang) {
    }

    public enum Sent { SENT, TOO_MANY }

    /** A district a phone follows or followed: its code and where it lies. */
    public record District(String divisionCode, String name) {
    }

    /**
     * Sends a code that confirms following the district, whatever the phone follows already.
     *
     * @throws InvalidInputException listing every broken rule; nothing is stored or sent
     */
    public Sent requestSubscription(SubscriptionInput input, Language callerLanguage, String clientAddress) {
        List<FieldError> errors = new ArrayList<>(inputs.errors(input));
        String county = county(input.divisionCode(), errors);
        Language language = language(input.lang(), callerLanguage, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String phone = PhoneNumbers.normalise(input.phone()).orElseThrow();
        if (!codes.maySend(SUBSCRIBE_CODE, phone, clientAddress)) {
            return Sent.TOO_MANY;
        }
        String phoneHash = LookupHashes.phone(phone);
        Instant now = clock.instant();
        if (subscription(phoneHash, county).isEmpty()) {
            em.persist(new FraudSubscription(RandomTokens.urlSafe(9), phone, phoneHash, county, language, now));
        }
        String code = codes.next();
        em.persist(new SubscriptionCode(SubscriptionCode.Intent.SUBSCRIBE, phoneHash, county, language,
                codeHash(SUBSCRIBE_CODE, phoneHash, code), now, codes.lifetime()));
        sms.send(phone, Messages.text(language, "fraud.warnings.subscribe.sms", code, codes.lifetime().toMinutes(),
                areas.fullName(county)), SUBSCRIBE_CODE, null);
        return Sent.SENT;
    }

    /**
     * The phone's newest subscription code, when it is right and was sent for this district, confirms following it
     * in the language asked for then.
     *
     * @return the district followed; empty for a wrong, spent or expired code, or one sent for another district
     * @throws InvalidInputException when a field is missing or malformed
     */
    public Optional<District> confirm(ConfirmationInput input) {
        inputs.require(input);
        String phone = PhoneNumbers.normalise(input.phone()).orElseThrow();
        String phoneHash = LookupHashes.phone(phone);
        String county = input.divisionCode().strip();
        Instant now = clock.instant();
        Optional<SubscriptionCode> latest = latestCode(phoneHash, SubscriptionCode.Intent.SUBSCRIBE)
                .filter(code -> code.divisionCode().orElseThrow().equals(county));
        if (latest.isEmpty() || !latest.get().redeem(codeHash(SUBSCRIBE_CODE, phoneHash, input.code().strip()), now)) {
            return Optional.empty();
        }
        FraudSubscription subscription = subscription(phoneHash, county).orElseGet(() -> {
            FraudSubscription asked = new FraudSubscription(RandomTokens.urlSafe(9), phone, phoneHash, county,
                    latest.get().language(), now);
            em.persist(asked);
            return asked;
        });
        subscription.confirm(latest.get().language(), RandomTokens.urlSafe(9), now);
        return Optional.of(district(county));
    }

    /**
     * Ends the subscription a warning's unsubscribe link names. A genuine link whose subscription has ended already
     * (or was followed again since, under a new link) ends nothing more and is answered alike.
     *
     * @return the district no longer followed (none when nothing was left to end); empty for a token that is not
     * genuine
     */
    public Optional<List<District>> unsubscribe(String token) {
        Optional<String> tokenId = UnsubscribeTokens.tokenId(token);
        if (tokenId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(end(em.createNamedQuery(FraudSubscription.BY_TOKEN_ID, FraudSubscription.class)
                .setParameter("tokenId", tokenId.get())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()));
    }

    /**
     * Sends a code that stops the warnings of the district, or of every district, when the phone follows it; the same
     * answer when it does not (nothing is sent then).
     *
     * @throws InvalidInputException listing every broken rule; nothing is stored or sent
     */
    public Sent requestUnsubscription(UnsubscriptionCodeInput input, Language callerLanguage, String clientAddress) {
        List<FieldError> errors = new ArrayList<>(inputs.errors(input));
        String county = Texts.isBlank(input.divisionCode()) ? null : county(input.divisionCode(), errors);
        Language language = language(input.lang(), callerLanguage, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String phone = PhoneNumbers.normalise(input.phone()).orElseThrow();
        if (!codes.maySend(UNSUBSCRIBE_CODE, phone, clientAddress)) {
            return Sent.TOO_MANY;
        }
        String phoneHash = LookupHashes.phone(phone);
        if (followed(phoneHash, county).isEmpty()) {
            return Sent.SENT;
        }
        String code = codes.next();
        em.persist(new SubscriptionCode(SubscriptionCode.Intent.UNSUBSCRIBE, phoneHash, county, language,
                codeHash(UNSUBSCRIBE_CODE, phoneHash, code), clock.instant(), codes.lifetime()));
        String what = county == null ? Messages.text(language, "fraud.warnings.unsubscribe.all") : areas.fullName(county);
        sms.send(phone, Messages.text(language, "fraud.warnings.unsubscribe.sms", code, codes.lifetime().toMinutes(), what),
                UNSUBSCRIBE_CODE, null);
        return Sent.SENT;
    }

    /**
     * The phone's newest unsubscription code, when right, stops the warnings it was sent for.
     *
     * @return the districts no longer followed; empty for a wrong, spent or expired code
     */
    public Optional<List<District>> unsubscribe(String phoneAsGiven, String code) {
        Optional<String> phone = PhoneNumbers.normalise(phoneAsGiven);
        if (phone.isEmpty() || Texts.isBlank(code)) {
            return Optional.empty();
        }
        String phoneHash = LookupHashes.phone(phone.get());
        Instant now = clock.instant();
        Optional<SubscriptionCode> latest = latestCode(phoneHash, SubscriptionCode.Intent.UNSUBSCRIBE);
        if (latest.isEmpty() || !latest.get().redeem(codeHash(UNSUBSCRIBE_CODE, phoneHash, code.strip()), now)) {
            return Optional.empty();
        }
        return Optional.of(end(followed(phoneHash, latest.get().divisionCode().orElse(null))));
    }

    /** The districts of those that were confirmed, which end now. */
    private List<District> end(List<FraudSubscription> subscriptions) {
        Instant now = clock.instant();
        List<District> ended = new ArrayList<>();
        for (FraudSubscription subscription : subscriptions) {
            if (subscription.unsubscribe(now)) {
                ended.add(district(subscription.divisionCode()));
            }
        }
        return ended;
    }

    private Optional<FraudSubscription> subscription(String phoneHash, String county) {
        return em.createNamedQuery(FraudSubscription.OF_PHONE_IN, FraudSubscription.class)
                .setParameter("phoneHash", phoneHash)
                .setParameter("divisionCode", county)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The confirmed subscriptions of the phone, in the one district or in all. */
    private List<FraudSubscription> followed(String phoneHash, String countyOrAll) {
        return em.createNamedQuery(FraudSubscription.CONFIRMED_OF_PHONE, FraudSubscription.class)
                .setParameter("phoneHash", phoneHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .filter(subscription -> countyOrAll == null || subscription.divisionCode().equals(countyOrAll))
                .toList();
    }

    private Optional<SubscriptionCode> latestCode(String phoneHash, SubscriptionCode.Intent intent) {
        return em.createNamedQuery(SubscriptionCode.LATEST, SubscriptionCode.class)
                .setParameter("phoneHash", phoneHash)
                .setParameter("intent", intent)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The county-level district the code names; null, with the error added, when it names none. */
    private String county(String divisionCode, List<FieldError> errors) {
        if (Texts.isBlank(divisionCode)) {
            return null;
        }
        Optional<String> county = areas.county(divisionCode).map(division -> division.code());
        if (county.isEmpty()) {
            errors.add(FieldError.of("divisionCode", "fraud.warnings.subscription.divisionCode.county",
                    divisionCode.strip()));
        }
        return county.orElse(null);
    }

    private static Language language(String lang, Language callerLanguage, List<FieldError> errors) {
        if (Texts.isBlank(lang)) {
            return callerLanguage;
        }
        Optional<Language> chosen = Language.fromTag(lang);
        if (chosen.isEmpty()) {
            errors.add(FieldError.of("lang", "request.lang.unknown", Language.allTags()));
        }
        return chosen.orElse(callerLanguage);
    }

    private District district(String county) {
        return new District(county, areas.fullName(county));
    }

    /** Keyed: a copy of the table gives no way to try the million codes offline. */
    private static String codeHash(String purpose, String phoneHash, String code) {
        return LookupHashes.oneTimeCode(purpose, phoneHash, code);
    }
}
