package io.jingwu.api.identity.verification.boundary;

import io.jingwu.api.citizens.control.OneTimeCodes;
import io.jingwu.api.identity.credentials.boundary.Credentials;
import io.jingwu.api.identity.registry.control.PopulationRegistry;
import io.jingwu.api.identity.registry.entity.RegistryAnswer;
import io.jingwu.api.identity.verification.control.VerificationInput;
import io.jingwu.api.identity.verification.control.VerificationRules;
import io.jingwu.api.identity.verification.entity.IdentityVerification;
import io.jingwu.api.identity.verification.entity.VerifiedPerson;
import io.jingwu.api.notifications.control.SmsGateway;
import io.jingwu.api.personaldata.control.Masking;
import io.jingwu.api.platform.crypto.Digests;
import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.platform.crypto.RandomTokens;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.ratelimit.RateLimits;
import io.jingwu.api.requests.boundary.RequestReceipt;
import io.jingwu.api.requests.boundary.Requests;
import io.jingwu.api.requests.control.RequestFinder;
import io.jingwu.api.requests.control.RequestInput;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.requests.entity.RequestType;
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
 * code to their phone; {@link #confirm} takes the code, asks the population registry, and either issues a credential
 * or opens an IDENTITY_EXCEPTION request in the queue of the office that can sort it out. The citizen is told the
 * same whether the registry did not know the document or knew other details for it.
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
    Credentials credentials;

    @Inject
    Requests requests;

    @Inject
    RequestFinder finder;

    @Inject
    OneTimeCodes codes;

    /** Tries of one document a day, whoever makes them: a document cannot be tried against many names. */
    @Inject
    @ConfigProperty(name = "jingwu.identity.verifications-per-document-per-day", defaultValue = "5")
    int perDocument;

    /**
     * @return the started verification, or empty when a limit (per phone, per client address, per document) is
     * reached
     * @throws io.jingwu.api.platform.problems.InvalidInputException listing every broken rule; nothing is stored
     */
    public Optional<StartedVerification> start(VerificationInput input, String clientAddress, Language fallback) {
        VerificationRules.Checked checked = rules.check(input, fallback);
        VerifiedPerson person = checked.person();
        if (!codes.maySend(CODE_PURPOSE, checked.phoneE164(), clientAddress)
                || !rateLimits.tryHit("identity-document", person.documentHash(), perDocument, Duration.ofDays(1))) {
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

    /** The code from the phone: then the registry decides between a credential and a clerk. */
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
        RegistryAnswer answer = registry.check(person.registryQuery());
        return switch (answer) {
            case MATCH -> {
                verification.verified(now);
                yield new VerificationOutcome(VerificationOutcome.Result.VERIFIED, credentials.issue(new Credentials.Holder(
                        verification.id(), person.documentHash(), person.name(), person.shownNationality(),
                        person.documentType().name(), person.expiryDate(), verification.language())), null);
            }
            case NO_MATCH -> {
                RequestReceipt receipt = requests.submit(exceptionRequest(verification, person), channel,
                        verification.language());
                verification.referred(finder.find(receipt.trackingNumber()).orElseThrow().id(), now);
                yield new VerificationOutcome(VerificationOutcome.Result.REFERRED, null, receipt.trackingNumber());
            }
            case UNAVAILABLE -> VerificationOutcome.of(VerificationOutcome.Result.REGISTRY_UNAVAILABLE);
        };
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
