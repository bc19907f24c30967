package io.jingwu.api.catalogue.boundary;

import io.jingwu.api.catalogue.control.DefinitionRules;
import io.jingwu.api.catalogue.control.InMemoryServiceDefinitions;
import io.jingwu.api.catalogue.control.SampleServices;
import io.jingwu.api.catalogue.control.ServiceCatalogue;
import io.jingwu.api.catalogue.control.ServiceSpec.FieldSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.FieldTextSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.LimitsSpec;
import io.jingwu.api.catalogue.control.ServiceSpec;
import io.jingwu.api.catalogue.entity.DataType;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an admin's change does to the published catalogue, through the facade, without a container. */
class CatalogueTest {

    InMemoryServiceDefinitions stored;
    ServiceCatalogue cached;
    Catalogue catalogue;

    @BeforeEach
    void catalogueWithUnpaidWages() {
        stored = new InMemoryServiceDefinitions(SampleServices.unpaidWages(), SampleServices.general(RequestType.DISPUTE),
                SampleServices.moneyLost());
        cached = new ServiceCatalogue(stored);
        catalogue = new Catalogue();
        catalogue.catalogue = cached;
        catalogue.definitions = stored;
        catalogue.rules = new DefinitionRules();
        catalogue.clock = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);
    }

    ServiceSpec unpaidWagesWithWorkplace(boolean active) {
        ServiceSpec current = catalogue.definition("DISPUTE", "unpaid-wages").orElseThrow();
        List<FieldSpec> fields = new ArrayList<>(current.fields());
        fields.add(1, new FieldSpec("workplace", "TEXT", true, new LimitsSpec(null, 200, null, null, null, null),
                Map.of("zh", new FieldTextSpec("工作地点", "例如：织里镇大河路童装加工厂。"),
                        "en", new FieldTextSpec("Workplace", "For example: the workshop on Dahe Road, Zhili.")), null));
        return new ServiceSpec(null, null, active, current.position(), "HIGH", current.handledBy(), current.texts(), fields);
    }

    @Test
    void theCatalogueIsPublishedInTheAskedLanguageWithFieldsInOrder() {
        ServiceList zh = catalogue.published(RequestType.DISPUTE, Language.ZH, false);
        assertEquals("zh", zh.language());
        PublishedService wages = zh.services().stream().filter(s -> s.category().equals("unpaid-wages")).findFirst().orElseThrow();
        assertEquals("拖欠工资", wages.name());
        assertEquals(List.of("employerName", "amountOwed", "monthsOwed", "workersAffected", "hasContract"),
                wages.fields().stream().map(PublishedService.Field::code).toList());
        PublishedService.Field amount = wages.fields().get(1);
        assertEquals(DataType.MONEY, amount.type());
        assertTrue(amount.required());
        assertEquals("拖欠金额（元）", amount.label());
        assertEquals("1", amount.limits().min());
        assertNull(wages.texts(), "other languages only when asked for");

        PublishedService en = catalogue.published("DISPUTE", "unpaid-wages", Language.EN, true).orElseThrow();
        assertEquals("Unpaid wages", en.name());
        assertEquals("Employer", en.fields().get(0).label());
        assertEquals(100, en.fields().get(0).limits().maxLength());
        assertEquals("拖欠工资", en.texts().get("zh").name());
        assertEquals("拖欠金额（元）", en.fields().get(1).texts().get("zh").label());
    }

    @Test
    void choicesArePublishedWithTheirLabels() {
        PublishedService fraud = catalogue.published("FRAUD_REPORT", "money-lost", Language.EN, true).orElseThrow();
        PublishedService.Field channel = fraud.fields().stream().filter(f -> f.code().equals("channel")).findFirst().orElseThrow();
        assertEquals(List.of("phone", "sms", "app", "social-media", "website"),
                channel.choices().stream().map(PublishedService.Choice::value).toList());
        assertEquals("Text message (SMS)", channel.choices().get(1).label());
        assertEquals("短信", channel.choices().get(1).labels().get("zh"));
    }

    @Test
    void anAdminsChangeIsPublishedAtOnceAndAppliesToTheNextSubmission() {
        long before = catalogue.revision();

        Catalogue.Defined defined = catalogue.define("DISPUTE", "unpaid-wages", unpaidWagesWithWorkplace(true));

        assertFalse(defined.created());
        assertTrue(catalogue.revision() > before);
        PublishedService wages = catalogue.published("DISPUTE", "unpaid-wages", Language.ZH, false).orElseThrow();
        assertEquals("workplace", wages.fields().get(1).code());
        assertEquals("例如：织里镇大河路童装加工厂。", wages.fields().get(1).help());
        assertEquals("HIGH", wages.defaultPriority().name());
        assertEquals(SampleServices.DEFINED, stored.find(RequestType.DISPUTE, "unpaid-wages").orElseThrow().createdAt(),
                "a replaced definition keeps its creation time");
        assertTrue(cached.active(RequestType.DISPUTE, "unpaid-wages").orElseThrow().field("workplace").orElseThrow().required());
    }

    @Test
    void theCatalogueIsReadFromStorageOnlyWhenItsRevisionMoved() {
        catalogue.published(null, Language.ZH, false);
        catalogue.published(null, Language.EN, false);
        cached.active(RequestType.DISPUTE, "unpaid-wages");
        assertEquals(1, stored.loads);

        catalogue.define("DISPUTE", "unpaid-wages", unpaidWagesWithWorkplace(true));
        catalogue.published(null, Language.ZH, false);
        cached.active(RequestType.DISPUTE, "unpaid-wages");
        assertEquals(2, stored.loads);
    }

    @Test
    void aNewServiceIsCreated() {
        ServiceSpec wages = catalogue.definition("DISPUTE", "unpaid-wages").orElseThrow();
        ServiceSpec construction = new ServiceSpec(null, null, true, 15, "NORMAL", wages.handledBy(),
                Map.of("zh", new ServiceSpec.ServiceTextSpec("工程款纠纷", null),
                        "en", new ServiceSpec.ServiceTextSpec("Unpaid construction work", null)),
                wages.fields());

        Catalogue.Defined defined = catalogue.define("DISPUTE", "construction-payment", construction);

        assertTrue(defined.created());
        assertEquals("construction-payment", defined.definition().category());
        assertEquals(List.of("unpaid-wages", "construction-payment", "general"),
                catalogue.published(RequestType.DISPUTE, Language.EN, false).services().stream()
                        .map(PublishedService::category).toList());
    }

    @Test
    void aWithdrawnServiceIsNoLongerPublishedNorTakesRequestsButStaysDefined() {
        catalogue.define("DISPUTE", "unpaid-wages", unpaidWagesWithWorkplace(false));

        assertTrue(catalogue.published("DISPUTE", "unpaid-wages", Language.ZH, false).isEmpty());
        assertTrue(cached.active(RequestType.DISPUTE, "unpaid-wages").isEmpty());
        assertFalse(catalogue.definition("DISPUTE", "unpaid-wages").orElseThrow().active());
        assertEquals(List.of("general"), cached.current().activeCategories(RequestType.DISPUTE));
    }

    @Test
    void anInvalidDefinitionChangesNothing() {
        ServiceSpec current = catalogue.definition("DISPUTE", "unpaid-wages").orElseThrow();
        ServiceSpec broken = new ServiceSpec(null, null, true, 10, "NORMAL", current.handledBy(), current.texts(),
                List.of(new FieldSpec("amountOwed", "MONEY", true, new LimitsSpec(null, null, "100", "1", null, null),
                        current.fields().get(1).texts(), null)));
        long before = catalogue.revision();

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> catalogue.define("DISPUTE", "unpaid-wages", broken));

        assertEquals("fields[0].limits.min", refused.errors().get(0).field());
        assertEquals(before, catalogue.revision());
        assertEquals(5, catalogue.published("DISPUTE", "unpaid-wages", Language.ZH, false).orElseThrow().fields().size());
    }
}
