package io.jingwu.portal.security.boundary;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one policy, as web.xml gives it to PrimeFaces (which adds each page's nonce to its last directive) and to the
 * filter for every other answer.
 */
class ContentSecurityPolicyTest {

    private static Map<String, String> contextParameters() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        NodeList parameters = document.getElementsByTagName("context-param");
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            values.put(parameter.getElementsByTagName("param-name").item(0).getTextContent().strip(),
                    parameter.getElementsByTagName("param-value").item(0).getTextContent().strip());
        }
        return values;
    }

    @Test
    void primeFacesAddsItsNonceToAPolicyThatAllowsNoInlineScript() throws Exception {
        Map<String, String> parameters = contextParameters();
        assertEquals("true", parameters.get("primefaces.CSP"));
        String policy = parameters.get("primefaces.CSP_POLICY");

        List<String> directives = Arrays.stream(policy.split(";")).map(String::strip).toList();
        String scripts = directives.get(directives.size() - 1);
        assertEquals("script-src 'self'", scripts, "last, where PrimeFaces appends the nonce");
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertTrue(directives.contains("frame-ancestors 'none'"), policy);
        assertTrue(directives.contains("object-src 'none'"), policy);
        assertTrue(directives.contains("img-src 'self' data: blob:"), "QR codes and camera previews: " + policy);
        assertFalse(policy.contains("\n"), "one header line");
    }
}
