package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where signing in leads each role: anti-fraud staff to their list, not to a home page with nothing to do. */
class SignInLandingTest {

    private static String landingOf(StaffRole... roles) {
        return SignInPage.landing(new StaffActor("someone", Set.of(roles), Set.of(1L)));
    }

    @Test
    void antiFraudStaffStartAtTheList() {
        assertEquals("/workbench/fraud-list.xhtml", landingOf(StaffRole.ANTI_FRAUD));
        assertEquals("/workbench/fraud-list.xhtml", landingOf(StaffRole.ANTI_FRAUD, StaffRole.ADMIN));
    }

    @Test
    void whoeverWorksRequestsStartsAtHomeWhichLeadsToTheQueue() {
        assertEquals("/workbench/", landingOf(StaffRole.CLERK));
        assertEquals("/workbench/", landingOf(StaffRole.SUPERVISOR));
        assertEquals("/workbench/", landingOf(StaffRole.CLERK, StaffRole.ANTI_FRAUD));
    }

    @Test
    void administratorsStartAtHome() {
        assertEquals("/workbench/", landingOf(StaffRole.ADMIN));
    }
}
