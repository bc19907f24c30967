package io.jingwu.it;

import jakarta.json.Json;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The per-address throttle of staff sign-ins as the checks drive it. Every check comes from the test machine, so a
 * check that spends the allowance would throttle the checks after it: it lets the minute pass afterwards by moving
 * the throttle's counters two minutes back in the database, as the lockout check moves {@code locked_until}.
 */
final class StaffSignInThrottle {

    /** The throttle's bucket in {@code rate_limit_counters}. */
    private static final String BUCKET = "staff-sign-in-address";

    private StaffSignInThrottle() {
    }

    /**
     * The application by 127.0.0.1, so that the Java client and Chromium come from one address: by the name
     * {@code localhost} Chromium may come over IPv6 (::1) and Java over IPv4.
     */
    static URI overIpv4(URI base) {
        return URI.create("http://127.0.0.1:" + base.getPort() + "/");
    }

    /** Spends the address's whole allowance on failed sign-ins of user names nobody has. */
    static void spendAllowance(Http api) throws Exception {
        fail(api, TestEnvironment.staffFailedSignInsPerMinute());
    }

    /**
     * Fails to sign in this many times, with user names nobody has, a few at once (each costs the server a PBKDF2
     * check, which a check waits for one after the other otherwise); each is refused with 401.
     */
    static void fail(Http api, int times) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int attempt = 0; attempt < times; attempt++) {
                statuses.add(clients.submit(
                        () -> signIn(api, StaffAccounts.unique("nobody."), "Sprayed-Password-2026").status()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(401, status.get());
            }
        } finally {
            clients.shutdown();
        }
    }

    static Http.Reply signIn(Http api, String username, String password) {
        return api.post("api/v1/auth/token", Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString(), "Accept-Language", "en");
    }

    /** A minute passes for the throttle: every hit it counted moves back out of its one-minute window. */
    static void letTheMinutePass() throws SQLException {
        try (Connection db = TestEnvironment.connect();
             PreparedStatement pass = db.prepareStatement("UPDATE rate_limit_counters SET slot_start = slot_start"
                     + " - INTERVAL 2 MINUTE, expires_at = expires_at - INTERVAL 2 MINUTE WHERE bucket = ?")) {
            pass.setString(1, BUCKET);
            pass.executeUpdate();
        }
    }
}
