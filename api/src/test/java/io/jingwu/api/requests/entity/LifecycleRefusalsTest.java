package io.jingwu.api.requests.entity;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A refused move is explained in the caller's language, naming the action and the status that forbids it. */
class LifecycleRefusalsTest {

    @Test
    void saysWhichActionTheStatusDoesNotAllowInChineseAndEnglish() {
        LifecycleViolation violation = new LifecycleViolation(EventAction.ACCEPTED, RequestStatus.CLOSED);

        assertEquals(409, violation.refusal().status());
        assertEquals("诉求当前为“已办结”状态，不能进行“接单”操作。", violation.refusal().detail(Language.ZH));
        assertEquals("The action \"Accept\" is not possible while the request is \"Closed\".",
                violation.refusal().detail(Language.EN));
    }

    @ParameterizedTest
    @EnumSource(EventAction.class)
    void everyActionHasALabelInEveryLanguage(EventAction action) {
        for (Language language : Language.values()) {
            assertFalse(Messages.text(language, "action." + action.name()).startsWith("??"), action + " in " + language);
        }
    }

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void everyStatusHasALabelInEveryLanguage(RequestStatus status) {
        for (Language language : Language.values()) {
            assertFalse(Messages.text(language, "status." + status.name()).startsWith("??"), status + " in " + language);
        }
    }

    @Test
    void everyProblemOfTheLifecycleHasATitleAndADetail() {
        for (String slug : new String[] {"lifecycle-conflict", "merge-target-final", "forbidden", "edit-conflict",
                "request-not-found"}) {
            for (Language language : Language.values()) {
                assertFalse(Messages.text(language, "problem." + slug + ".title").startsWith("??"), slug);
                assertFalse(Messages.text(language, "problem." + slug + ".detail").startsWith("??"), slug);
            }
        }
    }
}
