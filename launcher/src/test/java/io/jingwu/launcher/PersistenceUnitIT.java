package io.jingwu.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The built war holds one persistence unit, whose jar files are the war's own: a second unit on the same data
 * source would make a transaction that touches both an XA transaction, and a jar renamed under the unit would
 * silently drop its entities.
 */
class PersistenceUnitIT {

    private static final String DESCRIPTOR = "META-INF/persistence.xml";
    private static final Pattern JAR_FILE = Pattern.compile("<jar-file>([^<]+)</jar-file>");
    private static final Pattern UNIT = Pattern.compile("<persistence-unit\\s+name=\"([^\"]+)\"");

    @Test
    void theWarHasOneUnitThatTakesInEveryJarWithEntities() throws IOException {
        try (ZipFile war = new ZipFile(System.getProperty("jingwu.it.war", "target/lib/jingwu.war"))) {
            List<String> descriptors = new ArrayList<>();
            List<String> jarsWithEntities = new ArrayList<>();
            for (ZipEntry entry : war.stream().toList()) {
                if (entry.getName().equals("WEB-INF/classes/" + DESCRIPTOR)) {
                    descriptors.add(entry.getName());
                }
                if (isOwnJar(entry)) {
                    JarContents contents = JarContents.of(war.getInputStream(entry));
                    if (contents.descriptor) {
                        descriptors.add(entry.getName());
                    }
                    if (contents.entities) {
                        jarsWithEntities.add(entry.getName().substring("WEB-INF/".length()));
                    }
                }
            }
            assertEquals(List.of("WEB-INF/classes/" + DESCRIPTOR), descriptors);

            String unit = new String(war.getInputStream(war.getEntry("WEB-INF/classes/" + DESCRIPTOR)).readAllBytes(),
                    StandardCharsets.UTF_8);
            Matcher names = UNIT.matcher(unit);
            assertTrue(names.find());
            assertEquals("jingwu", names.group(1));
            assertFalse(names.find(), "one unit only");
            List<String> named = new ArrayList<>();
            for (Matcher jar = JAR_FILE.matcher(unit); jar.find(); ) {
                named.add(jar.group(1));
                assertTrue(war.getEntry("WEB-INF/" + jar.group(1)) != null, jar.group(1) + " is in the war");
            }
            assertFalse(jarsWithEntities.isEmpty());
            assertEquals(jarsWithEntities.stream().sorted().toList(), named.stream().sorted().toList());
        }
    }

    private static boolean isOwnJar(ZipEntry entry) {
        String name = entry.getName();
        return name.startsWith("WEB-INF/lib/") && (name.contains("/api-") || name.contains("/chatbot-"));
    }

    /** Whether a jar holds a persistence descriptor, and whether it holds an entity class of the project. */
    private record JarContents(boolean descriptor, boolean entities) {

        static JarContents of(InputStream in) throws IOException {
            boolean descriptor = false;
            boolean entities = false;
            try (JarInputStream jar = new JarInputStream(in)) {
                for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                    descriptor |= entry.getName().equals(DESCRIPTOR);
                    entities |= entry.getName().matches("io/jingwu/.*/entity/[^/$]+\\.class")
                            && new String(jar.readAllBytes(), StandardCharsets.ISO_8859_1).contains("Ljakarta/persistence/Entity;");
                }
            }
            return new JarContents(descriptor, entities);
        }
    }
}
