package io.jingwu.api.routing.control;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.divisions.control.TestDivisions;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.revisions.Revisions;
import io.jingwu.api.routing.control.RequestRouter.Route;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a new request goes, by the reference routing rules (V9) as the candidates query finds them. */
class RequestRouterDatabaseTest {

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final RequestRouter router = new RequestRouter();

    RequestRouterDatabaseTest() {
        router.em = em;
        router.divisions = TestDivisions.on(em);
        router.revisions = new Revisions(em);
    }

    @Test
    void theLongestDivisionPrefixWinsThenANamedCategory() {
        assertEquals("HUZ-ZL-LIVELIHOOD", unitFor(RequestType.DISPUTE, "family", "330502100"), "Zhili's own team");
        assertEquals("HUZ-WX-VETERANS", unitFor(RequestType.DISPUTE, "family", "330502001"));
        assertEquals("HUZ-WX-LIVELIHOOD", unitFor(RequestType.DISPUTE, "general", "330502001"));
    }

    @Test
    void theCitizenIsToldWhichUnitAndWhy() {
        Route route = router.route(RequestType.DISPUTE, "general", "330502100", Language.ZH);

        assertEquals("您的矛盾纠纷已转交织里民生服务队，该单位负责浙江省 湖州市 吴兴区 织里镇的此类诉求。", route.reason());
    }

    @Test
    void whereNoLocalUnitServesTheDutyDeskTakesItAndSaysSo() {
        Route route = router.route(RequestType.DISPUTE, "general", "110101", Language.ZH);

        assertEquals("NATIONAL-DUTY", route.rule().unit().code());
        assertTrue(route.rule().isFallback());
        assertTrue(route.reason().contains("北京市 东城区"), route.reason());
    }

    @Test
    void aSwitchedOffUnitsRulesAreSkipped() {
        em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", "HUZ-ZL-LIVELIHOOD").getSingleResult()
                .setActive(false);
        em.flush();

        assertEquals("HUZ-WX-LIVELIHOOD", unitFor(RequestType.DISPUTE, "general", "330502100"));
    }

    private String unitFor(RequestType type, String category, String division) {
        return router.route(type, category, division, Language.EN).rule().unit().code();
    }
}
