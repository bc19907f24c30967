package io.jingwu.api.catalogue.control;

import io.jingwu.api.catalogue.control.ServiceSpec.ChoiceSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.FieldSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.FieldTextSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.LimitsSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.ServiceTextSpec;
import io.jingwu.api.catalogue.entity.DataType;
import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.ServiceDefinition;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.units.entity.UnitKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefinitionRulesTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    final DefinitionRules rules = new DefinitionRules();

    static Map<String, FieldTextSpec> labels(String zh, String en) {
        return Map.of("zh", new FieldTextSpec(zh, null), "en", new FieldTextSpec(en, en + " help"));
    }

    static ServiceSpec lostBicycle(List<FieldSpec> fields) {
        return new ServiceSpec(null, null, true, 15, "NORMAL", List.of("POLICE_STATION"),
                Map.of("zh", new ServiceTextSpec("电动车被盗", "电动自行车被盗。"),
                        "en", new ServiceTextSpec("Stolen e-bike", "Your e-bike was stolen."),
                        "ug", new ServiceTextSpec("ئېلېكترلىق ۋېلسىپىت ئوغرىلاندى", null)),
                fields);
    }

    static FieldSpec plate() {
        return new FieldSpec("plateNumber", "TEXT", true, new LimitsSpec(null, 20, null, null, null, null),
                labels("车牌号", "Plate number"), null);
    }

    static FieldSpec colour() {
        return new FieldSpec("colour", "CHOICE", false, null, labels("颜色", "Colour"),
                List.of(new ChoiceSpec("black", Map.of("zh", "黑色", "en", "Black")),
                        new ChoiceSpec("white", Map.of("zh", "白色", "en", "White"))));
    }

    Map<String, String> errors(String type, String category, ServiceSpec spec) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> rules.check(type, category, spec, NOW));
        return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey, (a, b) -> a + "," + b));
    }

    @Test
    void aCompleteDefinitionBecomesAServiceWithItsFieldsInOrder() {
        ServiceDefinition service = rules.check("INCIDENT", "stolen-e-bike", lostBicycle(List.of(plate(), colour())), NOW);

        assertEquals("stolen-e-bike", service.category());
        assertEquals(Priority.NORMAL, service.defaultPriority());
        assertEquals(List.of(UnitKind.POLICE_STATION), service.handledBy());
        assertEquals("Stolen e-bike", service.name(Language.EN));
        assertEquals(List.of("plateNumber", "colour"), service.fields().stream().map(f -> f.code()).toList());
        assertEquals(DataType.CHOICE, service.field("colour").orElseThrow().dataType());
        assertEquals("白色", service.field("colour").orElseThrow().choice("white").orElseThrow().label(Language.ZH));
        assertEquals(20, service.field("plateNumber").orElseThrow().maxLength());
        assertEquals(3, service.texts().size(), "a third language is kept for later");
    }

    @Test
    void theAddressAndTheBodyMustNameTheSameService() {
        ServiceSpec spec = new ServiceSpec("DISPUTE", "tenancy", null, null, null, List.of("POLICE_STATION"),
                lostBicycle(List.of()).texts(), List.of());
        assertEquals(Map.of("type", "catalogue.mismatch", "category", "catalogue.mismatch"),
                errors("INCIDENT", "stolen-e-bike", spec));
        assertEquals(Map.of("type", "request.type.unknown", "category", "catalogue.category.format"),
                errors("PARKING", "Stolen E-Bike", lostBicycle(List.of())));
    }

    @Test
    void everyTextExistsInChineseAndEnglish() {
        ServiceSpec onlyChinese = new ServiceSpec(null, null, true, 0, "HIGH", List.of("POLICE_STATION"),
                Map.of("zh", new ServiceTextSpec("电动车被盗", null)),
                List.of(new FieldSpec("plateNumber", "TEXT", true, null, Map.of("zh", new FieldTextSpec("车牌号", null)), null),
                        new FieldSpec("colour", "CHOICE", false, null, labels("颜色", "Colour"),
                                List.of(new ChoiceSpec("black", Map.of("zh", "黑色")), new ChoiceSpec("white", Map.of("zh", "白色", "en", " "))))));
        Map<String, String> errors = errors("INCIDENT", "stolen-e-bike", onlyChinese);
        assertEquals(Map.of("texts", "catalogue.languages.missing",
                "fields[0].texts", "catalogue.languages.missing",
                "fields[1].choices[0].labels", "catalogue.languages.missing",
                "fields[1].choices[1].labels.en", "catalogue.required"), errors);
    }

    @Test
    void russianTextsAreOptionalAndRussianReadersSeeTheEnglishUntilTheyAreWritten() {
        FieldSpec colour = new FieldSpec("colour", "CHOICE", false, null,
                Map.of("zh", new FieldTextSpec("颜色", null), "en", new FieldTextSpec("Colour", "As seen."),
                        "ru", new FieldTextSpec("Цвет", null)),
                List.of(new ChoiceSpec("black", Map.of("zh", "黑色", "en", "Black", "ru", "Чёрный")),
                        new ChoiceSpec("white", Map.of("zh", "白色", "en", "White"))));
        ServiceDefinition service = rules.check("INCIDENT", "stolen-e-bike", lostBicycle(List.of(plate(), colour)), NOW);

        assertEquals("Stolen e-bike", service.name(Language.RU), "no Russian name: the English one");
        assertEquals("Your e-bike was stolen.", service.description(Language.RU));
        assertEquals("Plate number", service.field("plateNumber").orElseThrow().label(Language.RU));
        assertEquals("Цвет", service.field("colour").orElseThrow().label(Language.RU));
        assertEquals("Чёрный", service.field("colour").orElseThrow().choice("black").orElseThrow().label(Language.RU));
        assertEquals("White", service.field("colour").orElseThrow().choice("white").orElseThrow().label(Language.RU));
        assertEquals("颜色", service.field("colour").orElseThrow().label(Language.ZH));
    }

    @Test
    void russianDoesNotStandInForChineseOrEnglish() {
        ServiceSpec chineseAndRussian = new ServiceSpec(null, null, true, 0, "NORMAL", List.of("POLICE_STATION"),
                Map.of("zh", new ServiceTextSpec("电动车被盗", null), "ru", new ServiceTextSpec("Кража электровелосипеда", null)),
                List.of(new FieldSpec("plateNumber", "TEXT", true, null,
                        Map.of("en", new FieldTextSpec("Plate number", null), "ru", new FieldTextSpec("Номер", null)), null)));
        assertEquals(Map.of("texts", "catalogue.languages.missing", "fields[0].texts", "catalogue.languages.missing"),
                errors("INCIDENT", "stolen-e-bike", chineseAndRussian));
    }

    @Test
    void codesStayCodes() {
        FieldSpec badCode = new FieldSpec("Plate number", "TEXT", false, null, labels("车牌", "Plate"), null);
        FieldSpec twice = new FieldSpec("platenumber", "TEXT", false, null, labels("车牌", "Plate"), null);
        FieldSpec badType = new FieldSpec("when", "TIMESTAMP", false, null, labels("时间", "When"), null);
        FieldSpec badChoice = new FieldSpec("colour", "MULTI_CHOICE", false, null, labels("颜色", "Colour"),
                List.of(new ChoiceSpec("Black", Map.of("zh", "黑", "en", "Black")), new ChoiceSpec("white", Map.of("zh", "白", "en", "White"))));
        assertEquals(Map.of("fields[0].code", "catalogue.field.code.format",
                        "fields[2].code", "catalogue.duplicate",
                        "fields[3].type", "catalogue.unknown",
                        "fields[4].choices[0].value", "catalogue.choice.value.format"),
                errors("INCIDENT", "stolen-e-bike", lostBicycle(List.of(badCode, plate(), twice, badType, badChoice))));
    }

    @Test
    void choicesBelongToChoiceFieldsOnly() {
        FieldSpec lonely = new FieldSpec("colour", "CHOICE", false, null, labels("颜色", "Colour"),
                List.of(new ChoiceSpec("black", Map.of("zh", "黑色", "en", "Black"))));
        FieldSpec textWithChoices = new FieldSpec("plate", "TEXT", false, null, labels("车牌", "Plate"), colour().choices());
        assertEquals(Map.of("fields[0].choices", "catalogue.choices.required", "fields[1].choices", "catalogue.notApplicable"),
                errors("INCIDENT", "stolen-e-bike", lostBicycle(List.of(lonely, textWithChoices))));
    }

    @Test
    void limitsFitTheirDataType() {
        List<FieldSpec> fields = List.of(
                new FieldSpec("a", "MONEY", false, new LimitsSpec(5, null, "100", "10", null, null), labels("a", "a"), null),
                new FieldSpec("b", "DATE", false, new LimitsSpec(null, null, "yesterday", "P0D", null, null), labels("b", "b"), null),
                new FieldSpec("c", "TEXT", false, new LimitsSpec(null, 501, null, null, "[A-Z", null), labels("c", "c"), null),
                new FieldSpec("d", "TEXT", false, new LimitsSpec(null, null, null, null, "[A-Z]{3}", "answer.pattern.nothing"), labels("d", "d"), null),
                new FieldSpec("e", "BOOLEAN", false, new LimitsSpec(null, null, null, null, "x", null), labels("e", "e"), null),
                new FieldSpec("f", "NUMBER", false, new LimitsSpec(null, null, "one", null, null, null), labels("f", "f"), null));
        assertEquals(Map.of("fields[0].limits.maxLength", "catalogue.notApplicable",
                        "fields[0].limits.min", "catalogue.limit.order",
                        "fields[1].limits.min", "catalogue.limit.temporal",
                        "fields[2].limits.maxLength", "catalogue.limit.length",
                        "fields[2].limits.pattern", "catalogue.limit.pattern",
                        "fields[3].limits.patternMessageKey", "catalogue.limit.messageKey",
                        "fields[4].limits.pattern", "catalogue.notApplicable",
                        "fields[5].limits.min", "catalogue.limit.number"),
                errors("INCIDENT", "stolen-e-bike", lostBicycle(fields)));
    }

    @Test
    void unitKindsAndPriorityAreKnownNames() {
        ServiceSpec spec = new ServiceSpec(null, null, true, 0, "LOW", List.of("POLICE_STATION", "FIRE_BRIGADE", "POLICE_STATION"),
                lostBicycle(List.of()).texts(), List.of());
        assertEquals(Map.of("defaultPriority", "catalogue.unknown", "handledBy[1]", "catalogue.unknown",
                "handledBy[2]", "catalogue.duplicate"), errors("INCIDENT", "stolen-e-bike", spec));
        ServiceSpec none = new ServiceSpec(null, null, true, 0, null, List.of(), lostBicycle(List.of()).texts(), List.of());
        assertEquals(Map.of("handledBy", "catalogue.handledBy.required"), errors("INCIDENT", "stolen-e-bike", none));
    }

    @Test
    void whatIsStoredReadsBackAsTheSameDefinition() {
        ServiceSpec sent = lostBicycle(List.of(plate(), colour()));
        ServiceSpec stored = ServiceSpec.of(rules.check("INCIDENT", "stolen-e-bike", sent, NOW));
        assertEquals("INCIDENT", stored.type());
        assertEquals(sent.texts(), stored.texts());
        assertEquals(sent.fields(), stored.fields());
        assertTrue(stored.active());
    }
}
