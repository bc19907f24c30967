package io.jingwu.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a refused staff sign-in tells, by its time, that a user name exists: {@code POST /api/v1/auth/token} for a
 * user nobody has (checked against the decoy hash) beside a known user with a wrong password, one call of each in
 * turn so that the shared machine's drift touches both alike, beside the trivial endpoint ({@code GET /api/v1/ping})
 * of the same server in the same run. Starts Jingwu on a database of its own ({@code jingwu_sign_in_bench}, dropped
 * and created anew) with the per-address throttle set out of reach (its bookkeeping stays in both answers alike);
 * the known user's failed attempts are set back to none after each call, untimed, so that the account never locks
 * and every call takes the wrong-password path. Loopback only; stops within a time limit and stops the server
 * however it ends.
 *
 * <p>Run it with {@code bench/sign-in-timing.sh}.
 */
public final class SignInTimingBenchmark {

    private static final BenchDatabase DATABASE = new BenchDatabase("jingwu_sign_in_bench");
    private static final String CLERK = "bench-sign-in-clerk";
    private static final String WRONG_PASSWORD = "Not-the-password-2026";
    private static final String USAGE = """
            Usage: bench/sign-in-timing.sh [--calls=200] [--warm-up-calls=30] [--limit-minutes=12] [--keep-database]
            The database server: 127.0.0.1, port BENCH_DB_PORT (3306), administered with the account BENCH_DB_USER
            (root) and password BENCH_DB_PASSWORD (none): the benchmark drops and creates its database
            jingwu_sign_in_bench and the server's account jingwu_sign_in_bench@127.0.0.1 there, and drops both at the
            end.""";

    private final Map<String, String> options;
    private final Progress progress = new Progress();

    private SignInTimingBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) {
        Map<String, String> options = BenchMain.options(args,
                List.of("calls", "warm-up-calls", "limit-minutes", "keep-database"), USAGE);
        BenchMain.runWithin(Duration.ofMinutes(Long.parseLong(options.getOrDefault("limit-minutes", "12"))),
                () -> new SignInTimingBenchmark(options).run());
    }

    private void run() throws Exception {
        BenchInstallation installation = new BenchInstallation(DATABASE, "sign-in-timing")
                .with("JINGWU_STAFF_FAILED_SIGN_INS_PER_ADDRESS_PER_MINUTE", "1000000");
        String clerkPassword = installation.newPassword("Clerk-");
        installation.run(Boolean.parseBoolean(options.getOrDefault("keep-database", "false")), progress::say,
                (server, database) -> {
                    JingwuClient client = new JingwuClient(server.base());
                    client.createClerk(client.signIn("admin", installation.adminPassword()), CLERK, clerkPassword,
                            "HUZ-ZL-LIVELIHOOD");
                    measure(client, database);
                });
    }

    private void measure(JingwuClient client, Connection database) throws Exception {
        int calls = Integer.parseInt(options.getOrDefault("calls", "200"));
        int warmUpCalls = Integer.parseInt(options.getOrDefault("warm-up-calls", "30"));
        String machine = BenchMachine.describe(database, "the client");

        try (PreparedStatement unlock = database.prepareStatement(
                "UPDATE staff_users SET failed_attempts = 0, locked_until = NULL WHERE username = ?")) {
            unlock.setString(1, CLERK);
            progress.say("warm-up (not counted)");
            progress.say(Load.count("ping, warm-up", 1, 2000, client::ping).line());
            alternate(client, unlock, warmUpCalls);
            Figures ping = progress.show(Load.count("ping", 1, 2000, client::ping));
            Figures[] signIns = alternate(client, unlock, calls);
            Figures unknown = progress.show(signIns[0]);
            Figures known = progress.show(signIns[1]);
            Figures pingAfter = progress.show(Load.count("ping, after", 1, 2000, client::ping));
            print(machine, ping, pingAfter, unknown, known);
        }
    }

    /** The two refusals in turn, each call once first and once second: [unknown user, known user]. */
    private Figures[] alternate(JingwuClient client, PreparedStatement unlock, int calls) throws Exception {
        long[] unknown = new long[calls];
        long[] known = new long[calls];
        long began = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            String nobody = "nobody-" + i;
            if (i % 2 == 0) {
                unknown[i] = timed(() -> client.signInRefused(nobody, WRONG_PASSWORD));
                known[i] = timed(() -> client.signInRefused(CLERK, WRONG_PASSWORD));
            } else {
                known[i] = timed(() -> client.signInRefused(CLERK, WRONG_PASSWORD));
                unknown[i] = timed(() -> client.signInRefused(nobody, WRONG_PASSWORD));
            }
            unlock.executeUpdate();
        }
        long elapsed = System.nanoTime() - began;
        return new Figures[]{
                Figures.of("sign-in, unknown user", 1, unknown, elapsed / 2, 0, null),
                Figures.of("sign-in, wrong password", 1, known, elapsed / 2, 0, null)};
    }

    private static long timed(Load.Call call) throws Exception {
        long before = System.nanoTime();
        call.run();
        return System.nanoTime() - before;
    }

    private static void print(String machine, Figures ping, Figures pingAfter, Figures unknown, Figures known) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Machine: %s; load average %.2f at the end.%n%n", machine,
                BenchMachine.loadAverage()));
        out.append("| call | calls | p10 ms | median ms | p90 ms | median ÷ ping median |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Figures figures : List.of(ping, pingAfter)) {
            out.append(String.format(Locale.ROOT, "| `GET /api/v1/ping` (trivial%s) | %d | %.2f | %.2f | %.2f | 1 |%n",
                    figures == ping ? "" : ", after", figures.calls(), figures.percentileMs(10), figures.medianMs(),
                    figures.percentileMs(90)));
        }
        out.append(row("`POST /api/v1/auth/token`, unknown user", unknown, ping));
        out.append(row("`POST /api/v1/auth/token`, known user, wrong password", known, ping));
        out.append(String.format(Locale.ROOT, "%nUnknown ÷ known: median %.3f, p10 %.3f, p90 %.3f; medians differ by"
                        + " %.2f ms (%.2f pings).%n", unknown.medianMs() / known.medianMs(),
                unknown.percentileMs(10) / known.percentileMs(10), unknown.percentileMs(90) / known.percentileMs(90),
                unknown.medianMs() - known.medianMs(), (unknown.medianMs() - known.medianMs()) / ping.medianMs()));
        System.out.println();
        System.out.println(out);
    }

    private static String row(String call, Figures figures, Figures ping) {
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.0f |%n", call, figures.calls(),
                figures.percentileMs(10), figures.medianMs(), figures.percentileMs(90),
                figures.medianMs() / ping.medianMs());
    }
}
