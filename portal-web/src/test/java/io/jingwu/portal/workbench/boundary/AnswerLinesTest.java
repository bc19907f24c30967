package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.catalogue.boundary.PublishedService;
import io.jingwu.api.catalogue.entity.DataType;
import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnswerLinesTest {

    private static final PublishedService WAGES = new PublishedService(RequestType.DISPUTE, "WAGES", "拖欠工资", null,
            Priority.NORMAL, List.of(), List.of(
                    new PublishedService.Field("employer", DataType.TEXT, true, "用人单位", null, null, null, null),
                    new PublishedService.Field("contract", DataType.CHOICE, false, "是否签订劳动合同", null, null,
                            List.of(new PublishedService.Choice("YES", "已签订", null),
                                    new PublishedService.Choice("NO", "未签订", null)), null)),
            null);

    @Test
    void answersFollowTheCataloguesOrderUnderTheirLabelsWithChoicesByLabel() {
        List<AnswerLines.Line> lines = AnswerLines.of("{\"contract\": \"NO\", \"employer\": \"织里某童装厂\", \"old\": 3}",
                Optional.of(WAGES));

        assertEquals(List.of(new AnswerLines.Line("employer", "用人单位", "织里某童装厂"),
                new AnswerLines.Line("contract", "是否签订劳动合同", "未签订"),
                new AnswerLines.Line("old", "old", "3")), lines);
    }

    @Test
    void noAnswersNoLines() {
        assertEquals(List.of(), AnswerLines.of(null, Optional.of(WAGES)));
        assertEquals(List.of(), AnswerLines.of("{}", Optional.empty()));
    }
}
