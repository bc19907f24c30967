package io.jingwu.api.identity.registry.boundary;

import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.identity.registry.control.EmbeddedPhoneRealName;
import io.jingwu.api.identity.registry.control.EmbeddedPopulationRegistry;
import io.jingwu.api.identity.registry.entity.RegistryQuery;
import io.jingwu.api.platform.personal.PhoneNumbers;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * Enrols the demo data's synthetic people in the embedded registry, and their phones in the embedded carrier records,
 * when the embedded default starts. Hashes are
 * keyed, so SQL cannot write them: they are computed here, at every start (enrolling again changes nothing).
 */
@Startup
@Singleton
@DependsOn("DataEncryption")
public class DemoRegistryPeople {

    static final String PEOPLE = "db/demo/registry-people.csv";
    private static final Logger LOG = Logger.getLogger(DemoRegistryPeople.class.getName());

    @Inject
    @ConfigProperty(name = "jingwu.db.demo", defaultValue = "false")
    boolean demoData;

    @Inject
    EmbeddedPopulationRegistry registry;

    @Inject
    EmbeddedPhoneRealName carriers;

    @PostConstruct
    void enrol() {
        if (!demoData) {
            return;
        }
        int enrolled = 0;
        try (InputStream in = DemoRegistryPeople.class.getClassLoader().getResourceAsStream(PEOPLE)) {
            if (in == null) {
                throw new IllegalStateException(PEOPLE + " is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                RegistryQuery person = person(line);
                registry.enrol(person);
                phones(line).forEach(phone -> carriers.enrol(person, phone));
                enrolled++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int count = enrolled;
        LOG.info(() -> "Embedded population registry: " + count + " demo people enrolled");
    }

    static RegistryQuery person(String line) {
        String[] cells = line.split(",", -1);
        return new RegistryQuery(DocumentType.valueOf(cells[0]), cells[1].isEmpty() ? null : cells[1], cells[2],
                cells[3], LocalDate.parse(cells[4]));
    }

    /** The person's lines in E.164; a number that is not a valid phone stops the start, as a broken file should. */
    static List<String> phones(String line) {
        String[] cells = line.split(",", -1);
        return cells.length < 6 || cells[5].isBlank() ? List.of() : Arrays.stream(cells[5].split(";"))
                .map(typed -> PhoneNumbers.normalise(typed.strip())
                        .orElseThrow(() -> new IllegalStateException(PEOPLE + ": not a phone number: " + typed)))
                .toList();
    }
}
