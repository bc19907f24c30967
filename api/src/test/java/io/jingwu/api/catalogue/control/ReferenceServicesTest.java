package io.jingwu.api.catalogue.control;

import io.jingwu.api.catalogue.control.ServiceSpec.ChoiceSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.FieldSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.FieldTextSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.LimitsSpec;
import io.jingwu.api.catalogue.control.ServiceSpec.ServiceTextSpec;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.problems.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The reference services (migration V8_1) pass the same rules as an admin's definition, and every request type
 * has its general service, so that a request without a category is always accepted.
 */
class ReferenceServicesTest {

    private static final Pattern SERVICE = Pattern.compile(
            "INSERT INTO services .* VALUES \\('([A-Z_]+)', '([a-z0-9-]+)', '([A-Z]+)', (TRUE|FALSE), (\\d+),");
    private static final Pattern TEXT = Pattern.compile("\\(@service, '(zh|en)', '((?:[^']|'')*)', ");
    private static final Pattern UNIT_KIND = Pattern.compile("\\(@service, \\d+, '([A-Z_]+)'\\)");
    private static final Pattern FIELD = Pattern.compile(
            "\\(@service, '(\\w+)', '([A-Z_]+)', (TRUE|FALSE), \\d+, (NULL|\\d+), (NULL|\\d+), (NULL|'[^']*'), "
                    + "(NULL|'[^']*'), (NULL|'[^']*'), (NULL|'[^']*')\\);");
    private static final Pattern CHOICE = Pattern.compile("INSERT INTO field_choices .* VALUES \\(@field, '([a-z0-9-]+)', \\d+\\);"
            + " SET @choice = LAST_INSERT_ID\\(\\); INSERT INTO choice_texts .* VALUES \\(@choice, 'zh', '((?:[^']|'')*)'\\), "
            + "\\(@choice, 'en', '((?:[^']|'')*)'\\);");

    /** A service as the migration writes it. */
    record Seeded(String type, String category, ServiceSpec spec) {
    }

    @Test
    void everyReferenceServicePassesTheAdminsRules() throws Exception {
        List<Seeded> services = seeded();
        assertTrue(services.size() >= 20, "services read: " + services.size());
        DefinitionRules rules = new DefinitionRules();
        for (Seeded s : services) {
            try {
                rules.check(s.type(), s.category(), s.spec(), Instant.EPOCH);
            } catch (InvalidInputException e) {
                fail(s.type() + "/" + s.category() + ": " + e.errors());
            }
        }
    }

    @Test
    void everyRequestTypeHasAGeneralService() throws Exception {
        List<String> general = seeded().stream().filter(s -> s.category().equals("general")).map(Seeded::type).sorted().toList();
        assertEquals(Arrays.stream(RequestType.values()).map(Enum::name).sorted().toList(), general);
    }

    private static List<Seeded> seeded() throws Exception {
        String sql;
        try (InputStream in = ReferenceServicesTest.class.getResourceAsStream("/db/migration/V8_1__reference_services.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Seeded> services = new ArrayList<>();
        String[] head = null;
        Map<String, ServiceTextSpec> texts = null;
        List<String> kinds = null;
        List<FieldSpec> fields = null;
        for (String line : sql.split("\n")) {
            Matcher m;
            if ((m = SERVICE.matcher(line)).find()) {
                if (head != null) {
                    services.add(seeded(head, texts, kinds, fields));
                }
                head = new String[]{m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)};
                texts = new LinkedHashMap<>();
                kinds = new ArrayList<>();
                fields = new ArrayList<>();
            } else if (line.startsWith("INSERT INTO service_unit_kinds")) {
                for (m = UNIT_KIND.matcher(line); m.find(); ) {
                    kinds.add(m.group(1));
                }
            } else if ((m = TEXT.matcher(line)).find()) {
                texts.put(m.group(1), new ServiceTextSpec(unquote(m.group(2)), null));
            } else if ((m = FIELD.matcher(line)).find()) {
                fields.add(new FieldSpec(m.group(1), m.group(2), m.group(3).equals("TRUE"),
                        new LimitsSpec(number(m.group(4)), number(m.group(5)), text(m.group(6)), text(m.group(7)),
                                text(m.group(8)), text(m.group(9))),
                        Map.of("zh", new FieldTextSpec("标签", null), "en", new FieldTextSpec("label", null)), null));
            } else if ((m = CHOICE.matcher(line)).find()) {
                FieldSpec last = fields.remove(fields.size() - 1);
                List<ChoiceSpec> choices = last.choices() == null ? new ArrayList<>() : new ArrayList<>(last.choices());
                choices.add(new ChoiceSpec(m.group(1), Map.of("zh", unquote(m.group(2)), "en", unquote(m.group(3)))));
                fields.add(new FieldSpec(last.code(), last.type(), last.required(), last.limits(), last.texts(), choices));
            }
        }
        if (head != null) {
            services.add(seeded(head, texts, kinds, fields));
        }
        return services;
    }

    private static Seeded seeded(String[] head, Map<String, ServiceTextSpec> texts, List<String> kinds, List<FieldSpec> fields) {
        return new Seeded(head[0], head[1], new ServiceSpec(null, null, head[3].equals("TRUE"), Integer.valueOf(head[4]),
                head[2], kinds, texts, fields));
    }

    private static Integer number(String sql) {
        return sql.equals("NULL") ? null : Integer.valueOf(sql);
    }

    private static String text(String sql) {
        return sql.equals("NULL") ? null : sql.substring(1, sql.length() - 1);
    }

    private static String unquote(String sql) {
        return sql.replace("''", "'");
    }
}
