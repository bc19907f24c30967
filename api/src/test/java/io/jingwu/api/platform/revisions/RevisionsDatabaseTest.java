package io.jingwu.api.platform.revisions;

import io.jingwu.api.testing.SeparateTransaction;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A transaction reads the revisions once and keeps them: a submission asks three times (catalogue, routing, SLA)
 * and must decide with one view of the reference data, and still sees a change it makes itself.
 */
class RevisionsDatabaseTest {

    private static final List<String> ROUTING = List.of(Revisions.ROUTING_RULES, Revisions.UNITS);

    @Test
    void aTransactionDecidesWithTheRevisionsItReadFirstAndSeesItsOwnChange() {
        try (SeparateTransaction request = SeparateTransaction.begin()) {
            Revisions revisions = new Revisions(request.em(), new OneTransaction());
            long first = revisions.of(ROUTING);
            long catalogue = revisions.of(List.of(Revisions.SERVICE_CATALOGUE));

            try (SeparateTransaction admin = SeparateTransaction.begin()) {
                new Revisions(admin.em()).moved(Revisions.ROUTING_RULES);
                admin.commit();
            }

            assertEquals(first, revisions.of(ROUTING), "a change committed since is left to the next transaction");
            assertEquals(catalogue, revisions.of(List.of(Revisions.SERVICE_CATALOGUE)));

            try (SeparateTransaction next = SeparateTransaction.begin()) {
                assertEquals(first + 1, new Revisions(next.em(), new OneTransaction()).of(ROUTING),
                        "the next transaction sees it");
            }
        }
        try (SeparateTransaction change = SeparateTransaction.begin()) {
            Revisions revisions = new Revisions(change.em(), new OneTransaction());
            long before = revisions.of(ROUTING);

            revisions.moved(Revisions.UNITS);

            assertEquals(before + 1, revisions.of(ROUTING), "its own change, uncommitted");
        }
    }

    @Test
    void theCatalogueRevisionIsAmongThem() {
        try (SeparateTransaction request = SeparateTransaction.begin()) {
            Revisions revisions = new Revisions(request.em());
            long before = revisions.of(List.of(Revisions.SERVICE_CATALOGUE));

            revisions.moved(Revisions.SERVICE_CATALOGUE);

            assertEquals(before + 1, revisions.of(List.of(Revisions.SERVICE_CATALOGUE)));
            assertEquals(0, revisions.of(List.of("no-such-data")), "unknown data has not moved");
        }
    }

    /** The container's registry for one running transaction. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {

        private final Object key = new Object();
        private final Map<Object, Object> resources = new HashMap<>();

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
