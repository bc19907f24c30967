package io.jingwu.portal.identity.boundary;

import io.jingwu.api.documents.control.TravelDocumentCodes;
import io.jingwu.api.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalitiesTest {

    private final Nationalities nationalities = new Nationalities();

    @Test
    void aNationalityIsOfferedByItsNameInThePagesLanguage() {
        assertEquals("Uzbekistan", nationalities.name("UZB", Language.EN));
        assertEquals("乌兹别克斯坦", nationalities.name("UZB", Language.ZH));
    }

    @Test
    void everyOfferedCodeIsOneTheDocumentChecksKnow() {
        List<Nationalities.Nationality> offered = nationalities.of(Language.EN);

        assertTrue(offered.size() > 200, "every country: " + offered.size());
        assertTrue(offered.stream().allMatch(n -> TravelDocumentCodes.standard().isKnown(n.code())));
    }

    @Test
    void theyAreInTheAlphabeticalOrderOfTheLanguage() {
        List<String> names = nationalities.of(Language.EN).stream().map(Nationalities.Nationality::name).toList();

        assertEquals(names.stream().sorted(Collator.getInstance(Language.EN.locale())).toList(), names);
    }

    @Test
    void aCodeOfNoCountryIsShownAsItIs() {
        assertEquals("XXA", nationalities.name("XXA", Language.EN));
        assertEquals(null, nationalities.name(null, Language.EN));
    }
}
