package io.jingwu.api.divisions.control;

import io.jingwu.api.divisions.control.Divisions.DivisionChoice;
import io.jingwu.api.testing.RolledBackTransaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The divisions as the migration loads them from the published files, and the citizen's search among them. */
class DivisionsDatabaseTest {

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final Divisions divisions = TestDivisions.on(database.em());

    @Test
    void aTownshipIsNamedFromTheProvinceDown() {
        assertEquals("浙江省 湖州市 吴兴区 织里镇", divisions.fullName("330502100"));
        assertEquals("浙江省 湖州市", divisions.fullNameOfPrefix("3305"));
    }

    @Test
    void searchingByNameFindsCountiesBeforeTownshipsAndTreatsWildcardsAsText() {
        List<DivisionChoice> found = divisions.search("织里", 10);
        assertEquals(new DivisionChoice("330502100", "浙江省 湖州市 吴兴区 织里镇"), found.get(0));

        List<DivisionChoice> wuxing = divisions.search("吴兴", 10);
        assertEquals("330502", wuxing.get(0).code(), "the county before any township named after it");

        assertEquals(List.of(), divisions.search("%", 10), "a typed % is no wildcard");
        assertEquals(List.of(), divisions.search("_", 10), "a typed _ is no wildcard");
        assertTrue(divisions.search("镇", 3).size() <= 3);
    }
}
