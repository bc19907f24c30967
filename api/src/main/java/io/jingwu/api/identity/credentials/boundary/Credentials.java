package io.jingwu.api.identity.credentials.boundary;

import io.jingwu.api.identity.credentials.control.CredentialCodes;
import io.jingwu.api.identity.credentials.control.CredentialNotices;
import io.jingwu.api.identity.credentials.control.CredentialTokens;
import io.jingwu.api.identity.credentials.entity.Credential;
import io.jingwu.api.identity.credentials.entity.CredentialCheck;
import io.jingwu.api.identity.credentials.entity.CredentialStatus;
import io.jingwu.api.identity.credentials.entity.RevocationReason;
import io.jingwu.api.identity.credentials.entity.VerificationLevel;
import io.jingwu.api.platform.crypto.Digests;
import io.jingwu.api.platform.crypto.RandomTokens;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.personal.Masking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Credentials from issue to revocation: issued by a successful verification, checked by institutions (each check
 * recorded), seen and revoked by their holder. A credential lasts {@code jingwu.identity.credential-lifetime} (30
 * days by default) and never beyond the day its document expires.
 */
@ApplicationScoped
@Transactional
public class Credentials {

    /** What every credential issued now has been checked by. */
    static final VerificationLevel LEVEL = VerificationLevel.REGISTRY_PHONE_REALNAME;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CredentialNotices notices;

    @Inject
    @ConfigProperty(name = "jingwu.identity.credential-lifetime", defaultValue = "P30D")
    Duration lifetime;

    /**
     * The holder verified: their earlier credential for the same document stops, and its phone is told (if someone
     * else managed to verify as them, the real holder learns of it at once); a new one starts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedCredential issue(Holder holder) {
        // As stored (DATETIME(3)), so that the holder and every institution are told the same instant.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        em.createNamedQuery(Credential.LIVE_FOR_DOCUMENT, Credential.class)
                .setParameter("numberHash", holder.documentHash())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(earlier -> {
                    if (earlier.revoke(RevocationReason.SUPERSEDED, now)) {
                        notices.superseded(earlier, now);
                    }
                });
        Instant validUntil = validUntil(now, holder.documentExpires());
        String code = CredentialCodes.next();
        String holderToken = RandomTokens.urlSafe(32);
        em.persist(new Credential(holder.verificationId(), code, CredentialCodes.hash(code), Digests.sha256(holderToken),
                holder.documentHash(), holder.name(), holder.phoneE164(), holder.nationality(),
                holder.documentType(), LEVEL, holder.language(), now, validUntil));
        return new IssuedCredential(CredentialCodes.readable(code), CredentialTokens.sign(code, now, validUntil),
                holderToken, LEVEL.name(), validUntil);
    }

    /**
     * An institution's check by the code or the QR code's token; recorded whatever the status. Empty when there is
     * no such credential (a forged token, a mistyped code): nothing to record then.
     */
    public Optional<CredentialCheckAnswer> check(String codeOrToken, long institutionId) {
        Optional<String> code = CredentialTokens.looksLikeToken(codeOrToken)
                ? CredentialTokens.code(codeOrToken)
                : CredentialCodes.canonical(codeOrToken);
        Optional<Credential> credential = code.flatMap(c -> em.createNamedQuery(Credential.BY_CODE, Credential.class)
                .setParameter("codeHash", CredentialCodes.hash(c))
                .getResultStream().findFirst());
        if (credential.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        CredentialStatus status = credential.get().status(now);
        em.persist(new CredentialCheck(credential.get().id(), institutionId, now, status));
        return Optional.of(CredentialCheckAnswer.of(credential.get(), status));
    }

    /** The credential of {@code holderToken} with who checked it when; empty for a token that opens nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HolderView> holderView(String holderToken) {
        return byHolder(holderToken, false).map(this::view);
    }

    /** Revokes the holder's credential at once, and tells its phone; revoking again changes nothing. */
    public Optional<HolderView> revoke(String holderToken) {
        Optional<Credential> credential = byHolder(holderToken, true);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        credential.filter(c -> c.revoke(RevocationReason.HOLDER, now)).ifPresent(c -> notices.revoked(c, now));
        return credential.map(this::view);
    }

    private Optional<Credential> byHolder(String holderToken, boolean forUpdate) {
        if (holderToken == null || holderToken.isBlank()) {
            return Optional.empty();
        }
        var query = em.createNamedQuery(Credential.BY_HOLDER, Credential.class)
                .setParameter("tokenHash", Digests.sha256(holderToken.strip()));
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private HolderView view(Credential credential) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT i.name, i.kind, c.checked_at, c.status_seen
                        FROM credential_checks c JOIN relying_institutions i ON i.id = c.institution_id
                        WHERE c.credential_id = ? ORDER BY c.checked_at DESC, c.id DESC LIMIT 200""")
                .setParameter(1, credential.id())
                .getResultList();
        List<HolderView.CheckSeen> checks = rows.stream().map(row -> new HolderView.CheckSeen((String) row[0],
                (String) row[1], instant(row[2]), (String) row[3])).toList();
        return new HolderView(credential.status(clock.instant()).name(), CredentialCodes.readable(credential.code()),
                CredentialTokens.sign(credential.code(), credential.issuedAt(), credential.expiresAt()),
                Masking.name(credential.holderName()),
                credential.nationality(), credential.documentType(), credential.level().name(), credential.issuedAt(),
                credential.expiresAt(), credential.revokedAt(),
                credential.revokedBecause() == null ? null : credential.revokedBecause().name(), checks);
    }

    private Instant validUntil(Instant now, LocalDate documentExpires) {
        Instant byLifetime = now.plus(lifetime);
        if (documentExpires == null) {
            return byLifetime;
        }
        Instant documentEnd = documentExpires.plusDays(1).atStartOfDay(io.jingwu.api.platform.time.Clocks.CHINA).toInstant();
        return documentEnd.isBefore(byLifetime) ? documentEnd : byLifetime;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    /**
     * Who a verification confirmed, as the credential needs them.
     *
     * @param phoneE164 the phone the carrier registers to them, told when this credential stops
     */
    public record Holder(long verificationId, String documentHash, String name, String phoneE164, String nationality,
                         String documentType, LocalDate documentExpires, Language language) {

        @Override
        public String toString() {
            return "Holder[" + verificationId + "]";
        }
    }
}
