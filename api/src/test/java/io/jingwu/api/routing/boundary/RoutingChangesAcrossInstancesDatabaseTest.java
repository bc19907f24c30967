package io.jingwu.api.routing.boundary;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.divisions.control.TestDivisions;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.revisions.Revisions;
import io.jingwu.api.routing.control.RequestRouter;
import io.jingwu.api.testing.ComponentDatabase;
import io.jingwu.api.testing.SeparateTransaction;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two instances over one database: each holds the routing rules in memory, and an administrator's change made
 * on one routes the very next request on the other, with no message between them.
 */
class RoutingChangesAcrossInstancesDatabaseTest {

    private static final String ZHILI_TOWN = "330502100";

    /** The other instance: its own cache, its own connection, a transaction per request as the container runs it. */
    private final EntityManager other = ComponentDatabase.entityManagerFactory().createEntityManager();
    private final RequestRouter otherRouter = new RequestRouter(other, TestDivisions.on(other), new Revisions(other));
    private Long added;

    @AfterEach
    void removeTheRuleAndCloseTheInstance() {
        try {
            if (added != null) {
                onThisInstance(rules -> rules.remove(added));
            }
        } finally {
            other.close();
        }
    }

    @Test
    void aRuleAddedOnOneInstanceRoutesTheNextRequestOnTheOther() {
        assertEquals("HUZ-ZL-LIVELIHOOD", unitOnTheOtherInstance(), "Zhili's own team, and the rules now held there");

        onThisInstance(rules -> added = rules.add(
                new RoutingRules.RuleInput("DISPUTE", "general", ZHILI_TOWN, "HUZ-WX-VETERANS")).id());

        assertEquals("HUZ-WX-VETERANS", unitOnTheOtherInstance(), "the new, more specific rule");
        onThisInstance(rules -> rules.remove(added));
        added = null;
        assertEquals("HUZ-ZL-LIVELIHOOD", unitOnTheOtherInstance(), "the rule removed");
    }

    private String unitOnTheOtherInstance() {
        return onTheOtherInstance(router -> router.route(RequestType.DISPUTE, "general", ZHILI_TOWN, Language.ZH)
                .rule().unit().code());
    }

    private <T> T onTheOtherInstance(Function<RequestRouter, T> request) {
        other.getTransaction().begin();
        try {
            return request.apply(otherRouter);
        } finally {
            other.getTransaction().rollback();
            other.clear();
        }
    }

    private static void onThisInstance(Consumer<RoutingRules> change) {
        try (SeparateTransaction admin = SeparateTransaction.begin()) {
            RoutingRules rules = new RoutingRules();
            rules.em = admin.em();
            rules.clock = Clock.systemUTC();
            rules.divisions = TestDivisions.on(admin.em());
            rules.revisions = new Revisions(admin.em());
            change.accept(rules);
            admin.commit();
        }
    }
}
