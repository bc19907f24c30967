package io.jingwu.portal.admin.boundary;

import io.jingwu.api.catalogue.control.ServiceSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.ChoiceSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.FieldSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.FieldTextSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.LimitsSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.ServiceTextSpec;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ServiceDraftTest {

    private static final ServiceSpec TENANCY = new ServiceSpec("DISPUTE", "tenancy", true, 20, "NORMAL",
            List.of("LIVELIHOOD_TEAM", "POLICE_STATION"),
            ordered("zh", new ServiceTextSpec("房屋租赁纠纷", "押金、租金纠纷。"), "en", new ServiceTextSpec("Rent and tenancy", null)),
            List.of(new FieldSpec("deposit", "MONEY", true, new LimitsSpec(null, null, "1", "1000000", null, null),
                            ordered("zh", new FieldTextSpec("押金（元）", null), "en", new FieldTextSpec("Deposit (yuan)", "As agreed.")),
                            null),
                    new FieldSpec("role", "CHOICE", false, null,
                            ordered("zh", new FieldTextSpec("您是", null), "en", new FieldTextSpec("You are", null)),
                            List.of(new ChoiceSpec("tenant", ordered("zh", "租客", "en", "Tenant")),
                                    new ChoiceSpec("landlord", ordered("zh", "房东", "en", "Landlord"))))));

    @Test
    void aDefinitionComesBackUnchangedWhenNothingIsEdited() {
        assertEquals(TENANCY, ServiceDraft.of(TENANCY).toSpec());
    }

    @Test
    void choicesAreEditedOneALineAndAMissingLabelStaysMissingForTheRulesToName() {
        ServiceDraft draft = ServiceDraft.of(TENANCY);
        assertEquals("tenant | 租客 | Tenant\nlandlord | 房东 | Landlord", draft.getFields().get(1).getChoices());

        draft.getFields().get(1).setChoices(" agent | 中介 \n\nowner|业主|Owner ");
        List<ChoiceSpec> choices = draft.toSpec().fields().get(1).choices();
        assertEquals(List.of(new ChoiceSpec("agent", Map.of("zh", "中介")),
                new ChoiceSpec("owner", ordered("zh", "业主", "en", "Owner"))), choices);
    }

    @Test
    void russianTextsAreOfferedAndKeptWhenGivenAndLeftOutWhenNot() {
        ServiceDraft draft = ServiceDraft.of(TENANCY);
        assertEquals(List.of("zh", "en", "ru"), draft.getLanguages());
        assertNull(draft.toSpec().texts().get("ru"), "an empty Russian text is no text");

        draft.getTexts().get("ru").setName("Аренда жилья");
        draft.getFields().get(1).setChoices("tenant | 租客 | Tenant | Арендатор\nlandlord | 房东 | Landlord");
        ServiceSpec edited = draft.toSpec();
        assertEquals(new ServiceTextSpec("Аренда жилья", null), edited.texts().get("ru"));
        assertEquals(List.of(new ChoiceSpec("tenant", ordered("zh", "租客", "en", "Tenant", "ru", "Арендатор")),
                new ChoiceSpec("landlord", ordered("zh", "房东", "en", "Landlord"))), edited.fields().get(1).choices());
        assertEquals("tenant | 租客 | Tenant | Арендатор\nlandlord | 房东 | Landlord",
                ServiceDraft.of(edited).getFields().get(1).getChoices());
    }

    @Test
    void questionsMoveUpAndEmptyInputsAreNoValue() {
        ServiceDraft draft = ServiceDraft.of(TENANCY);
        draft.moveUp(1);
        draft.moveUp(0);
        draft.getFields().get(1).setMin(" ");
        draft.getFields().get(1).setMax("");
        ServiceSpec edited = draft.toSpec();
        assertEquals(List.of("role", "deposit"), edited.fields().stream().map(FieldSpec::code).toList());
        assertNull(edited.fields().get(1).limits(), "no limit left");
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return map;
    }
}
