package io.jingwu.portal;

import io.jingwu.api.staff.entity.StaffRole;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The container only grants roles the war declares and maps: every staff role must be in web.xml and mapped
 * to its group in glassfish-web.xml, or @RolesAllowed refuses everybody with that role.
 */
class SecurityRolesTest {

    private static final Path WEB_INF = Path.of("src/main/webapp/WEB-INF");

    private static Set<String> texts(String file, String element) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(WEB_INF.resolve(file).toFile());
        NodeList nodes = document.getElementsByTagName(element);
        Set<String> values = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().strip());
        }
        return values;
    }

    @Test
    void everyStaffRoleIsDeclaredAndMappedToItsGroup() throws Exception {
        Set<String> roles = Arrays.stream(StaffRole.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(roles, texts("web.xml", "role-name"));
        assertEquals(roles, texts("glassfish-web.xml", "role-name"));
        assertEquals(roles, texts("glassfish-web.xml", "group-name"));
    }
}
