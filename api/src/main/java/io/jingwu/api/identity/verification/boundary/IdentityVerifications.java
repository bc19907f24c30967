package io.jingwu.api.identity.verification.boundary;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.citizens.control.OneTimeCodes;
import io.jingwu.api.identity.credentials.boundary.Credentials;
import io.jingwu.api.identity.registry.control.PhoneRealName;
import io.jingwu.api.identity.registry.control.PopulationRegistry;
import io.jingwu.api.identity.registry.entity.RegistryAnswer;
import io.jingwu.api.identity.verification.control.VerificationInput;
import io.jingwu.api.identity.verification.control.VerificationRules;
import io.jingwu.api.identity.verification.entity.IdentityVerification;
import io.jingwu.api.identity.verification.entity.VerifiedPerson;
import io.jingwu.api.notifications.control.SmsGateway;
import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.platform.crypto.RandomTokens;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.personal.Masking;
import io.jingwu.api.platform.ratelimit.RateLimits;
import io.jingwu.api.requests.boundary.RequestReceipt;
import io.jingwu.api.requests.boundary.Requests;
import io.jingwu.api.requests.control.RequestFinder;
import io.jingwu.api.requests.control.RequestInput;
import io.jingwu.api.requests.entity.Channel;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Verifying a person, for every channel (REST, portal, chatbot): {@link #start} checks what they gave and sends a
 * code to their phone; {@link #confirm} takes the code, asks the population registry whether the document and its
 * holder are known, and the carrier whether the phone is registered to that same person, and either issues a
 * credential (both said yes) or opens an IDENTITY_EXCEPTION request in the queue of the office that can sort it out.
 * The citizen is told the same whichever of them said no: someone holding another person's document details and
 * their own phone learns nothing, and gets no credential.
 */
@ApplicationScoped
@Transactional
public class IdentityVerifications {

    static final String CODE_PURPOSE = "identity-code";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VerificationRules rules;

    @Inject
    RateLimits rateLimits;

    @Inject
    SmsGateway sms;

    @Inject
    PopulationRegistry registry;

    @Inject
    PhoneRealName carriers;

    @Inject
    Credentials credentials;

    @Inject
    Requests requests;

    @Inject
    RequestFinder finder;

    @Inject
    OneTimeCodes codes;

    /**
     * Tries of one document from one phone a day. Keyed on both, so that a stranger's tries cannot use up the
     * holder's own; strangers are held by the limits per phone and per client address. Trying a document against
     * many names teaches nothing without the holder's phone: the carrier check refers every other phone alike.
     */
    @Inject
    @ConfigProperty(name = "jingwu.identity.verifications-per-document-and-phone-per-day", defaultValue = "5")
    int perDocumentAndPhone;

    /**
     * @return the started verification, or empty when a limit (per phone, per client address, per document and
     * phone) is reached
     * @throws io.jingwu.api.platform.problems.InvalidInputException listing every broken rule; nothing is stored
     */
    public Optional<StartedVerification> start(VerificationInput input, String clientAddress, Language fallback) {
        VerificationRules.Checked checked = rules.check(input, fallback);
        VerifiedPerson person = checked.person();
        if (!codes.maySend(CODE_PURPOSE, checked.phoneE164(), clientAddress)
                || !rateLimits.tryHit("identity-document-phone", person.documentHash() + '|' + checked.phoneE164(),
                perDocumentAndPhone, Duration.ofDays(1))) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        IdentityVerification verification = new IdentityVerification(RandomTokens.urlSafe(16), person, checked.phoneE164(),
                LookupHashes.phone(checked.phoneE164()), checked.divisionCode(), checked.language(), now);
        String code = codes.next();
        verification.expectCode(codeHash(verification.publicId(), code), now, codes.lifetime());
        em.persist(verification);
        sms.send(checked.phoneE164(), Messages.text(checked.language(), "verification.code.sms", code,
                codes.lifetime().toMinutes()), CODE_PURPOSE, null);
        return Optional.of(new StartedVerification(verification.publicId(), Masking.phone(checked.phoneE164()),
                verification.codeExpiresAt()));
    }

    /**
     * The code from the phone proves the phone is in hand: then the registry and the carrier decide between a
     * credential and a clerk. Both are always asked, whatever the first answered, so that how long the answer takes
     * tells nothing either.
     */
    public VerificationOutcome confirm(String verificationId, String code, Channel channel) {
        Optional<IdentityVerification> found = verificationId == null ? Optional.empty()
                : em.createNamedQuery(IdentityVerification.BY_PUBLIC_ID, IdentityVerification.class)
                .setParameter("publicId", verificationId.strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return VerificationOutcome.of(VerificationOutcome.Result.NOT_FOUND);
        }
        IdentityVerification verification = found.get();
        Instant now = clock.instant();
        if (code == null || !verification.acceptsCode(codeHash(verification.publicId(), code.strip()), now)) {
            return VerificationOutcome.of(VerificationOutcome.Result.CODE_REFUSED);
        }
        VerifiedPerson person = verification.person();
        RegistryAnswer known = registry.check(person.registryQuery());
        RegistryAnswer phoneIsTheirs = carriers.check(person.registryQuery(), verification.phone());
        if (known == RegistryAnswer.UNAVAILABLE || phoneIsTheirs == RegistryAnswer.UNAVAILABLE) {
            return VerificationOutcome.of(VerificationOutcome.Result.RECORDS_UNAVAILABLE);
        }
        if (known == RegistryAnswer.MATCH && phoneIsTheirs == RegistryAnswer.MATCH) {
            verification.verified(now);
            return new VerificationOutcome(VerificationOutcome.Result.VERIFIED, credentials.issue(new Credentials.Holder(
                    verification.id(), person.documentHash(), person.name(), verification.phone(),
                    person.shownNationality(), person.documentType().name(), person.expiryDate(),
                    verification.language())), null);
        }
        RequestReceipt receipt = requests.submit(exceptionRequest(verification, person), channel, verification.language());
        verification.referred(finder.find(receipt.trackingNumber()).orElseThrow().id(), now);
        return new VerificationOutcome(VerificationOutcome.Result.REFERRED, null, receipt.trackingNumber());
    }

    /** What the clerk needs to check the person by hand; the request's personal data is encrypted like any other. */
    private static RequestInput exceptionRequest(IdentityVerification verification, VerifiedPerson person) {
        Language language = verification.language();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("documentType", person.documentType().name());
        fields.put("documentNumber", person.number());
        if (person.exitEntryMatter() && person.nationality() != null) {
            fields.put("nationality", person.nationality());
        }
        fields.put("birthDate", person.birthDate().toString());
        return new RequestInput(RequestType.IDENTITY_EXCEPTION.name(),
                person.exitEntryMatter() ? "foreigner-not-confirmed" : "resident-not-confirmed",
                Messages.text(language, "verification.exception.description"), verification.divisionCode(), null,
                person.name(), verification.phone(), language.tag(), fields);
    }

    private static String codeHash(String verificationId, String code) {
        return LookupHashes.oneTimeCode(CODE_PURPOSE, verificationId, code);
    }
}
