package io.jingwu.api.platform.housekeeping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is deleted and when. Every instance may run it at the same time: deleting is idempotent, and the
 * batches are small so that no purge holds locks that citizens' requests wait for.
 */
@ApplicationScoped
public class ExpiredRecords {

    /** Table, then the statement that deletes one batch of its rows older than the parameter. */
    private static final Map<String, String> PURGES = purges();

    @Inject
    BatchDelete batches;

    /** What the components keep for a while of their own (repeat detection's fingerprints, say). */
    @Inject
    @Any
    Instance<KeptForAWhile> components;

    /** Clients retry within minutes or hours: a day covers it. What has an expiry is kept this long past it. */
    @Inject
    @ConfigProperty(name = "jingwu.housekeeping.retention", defaultValue = "P1D")
    Duration retention;

    /** Deletes, table by table, what expired more than the retention before {@code now}; the counts per table. */
    public Map<String, Integer> purge(Instant now) {
        Instant before = now.minus(retention);
        Map<String, Integer> deleted = new LinkedHashMap<>();
        PURGES.forEach((table, statement) -> deleted.put(table, purge(statement, before)));
        components.forEach(component -> component.purges().forEach(purge ->
                deleted.put(purge.name(), purge(purge.statement(), before.minus(purge.kept())))));
        return deleted;
    }

    private int purge(String statement, Instant before) {
        int total = 0;
        int batch;
        do {
            batch = batches.delete(statement, before);
            total += batch;
        } while (batch == BatchDelete.SIZE);
        return total;
    }

    private static Map<String, String> purges() {
        Map<String, String> purges = new LinkedHashMap<>();
        purges.put("idempotency_keys", "DELETE FROM idempotency_keys WHERE created_at < ?1 LIMIT " + BatchDelete.SIZE);
        // a counter past its expiry counts nothing, whatever the length of its limit's window
        purges.put("rate_limit_counters", "DELETE FROM rate_limit_counters WHERE expires_at < ?1 LIMIT " + BatchDelete.SIZE);
        // a verification whose code was never confirmed: its personal data serves nothing any more
        purges.put("identity_verifications", "DELETE FROM identity_verifications WHERE status = 'AWAITING_CODE' "
                + "AND created_at < ?1 LIMIT " + BatchDelete.SIZE);
        purges.put("access_codes", "DELETE FROM access_codes WHERE expires_at < ?1 LIMIT " + BatchDelete.SIZE);
        purges.put("citizen_tokens", "DELETE FROM citizen_tokens WHERE expires_at < ?1 LIMIT " + BatchDelete.SIZE);
        return Collections.unmodifiableMap(purges);
    }
}
