package io.jingwu.it;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * People for identity checks, new in every run: numbers that pass their documents' rules, phones that nobody else's
 * limits touch. Enrolled in the embedded registry through the test war's support endpoint.
 */
final class IdentityPeople {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdentityPeople() {
    }

    /** A resident identity number registered in {@code division} (six digits) for someone born on {@code born}. */
    static String residentNumber(String division, LocalDate born) {
        String first17 = division + born.toString().replace("-", "")
                + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    /** A passport number of two letters and seven digits. */
    static String passportNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                + "%07d".formatted(random.nextInt(10_000_000));
    }

    /** A Chinese mobile number as a citizen types it, and its E.164 form. */
    static String[] mobile() {
        String national = "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        return new String[]{national, "+86" + national};
    }

    /**
     * The person in the population registry, with the phones (E.164) the carrier registers to them: a verification
     * from any other phone is referred.
     */
    static void enrol(Http api, String documentType, String issuingState, String number, String name, LocalDate born,
                      String... phonesE164) {
        String phones = Arrays.stream(phonesE164).map(phone -> "\"" + phone + "\"").collect(Collectors.joining(", "));
        Http.Reply reply = api.post("api/test-support/registry-people", "{\"documentType\": \"" + documentType + "\", "
                + (issuingState == null ? "" : "\"issuingState\": \"" + issuingState + "\", ")
                + "\"number\": \"" + number + "\", \"name\": \"" + name + "\", \"birthDate\": \"" + born + "\", "
                + "\"phones\": [" + phones + "]}");
        if (reply.status() != 204) {
            throw new AssertionError("could not enrol a test person: " + reply.status() + " " + reply.body());
        }
    }
}
