package io.jingwu.bench;

import io.jingwu.api.identity.credentials.control.CredentialCodes;
import io.jingwu.api.identity.credentials.control.CredentialTokens;
import io.jingwu.api.platform.crypto.BenchKeyring;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Relying institutions' checks of identity credentials ({@code GET /api/v1/verifications/{code}} with
 * {@code X-Api-Key}), by the code a holder reads out and by the token of the credential's QR code, with 10,000 and
 * then 1,000,000 credentials stored, beside the trivial endpoint ({@code GET /api/v1/ping}) of the same server in the
 * same run. Starts Jingwu on a database of its own on the local MariaDB server ({@code jingwu_credentials_bench},
 * dropped and created anew), seeds the credentials in JDBC batches ({@link CredentialSeeder}), and loads the server
 * over loopback only; stops within a time limit and stops the server however it ends.
 *
 * <p>Every check is what an institution's check costs: its key admitted (one row read by the key's prefix, the
 * allowance's hits of the last minute counted and one more written), the credential found by the keyed hash of its
 * code, a row written to the holder's record of checks. Each client is an institution of its own, created through the
 * admin API for each run with the highest allowance (10,000 checks a minute), so that no client reaches it: the
 * allowance is not what is measured there, and a 429 counts as an error. It is in a run of its own at the largest
 * size ({@link AllowanceRun}): one institution with that allowance checking flat out from every client for more than a
 * minute, so that it is used up and then held, with what a check costs as the institution's minute fills.
 *
 * <p>Run it with {@code bench/credential-checks.sh}.
 */
public final class CredentialChecksBenchmark {

    private static final BenchDatabase DATABASE = new BenchDatabase("jingwu_credentials_bench");
    private static final int ALLOWANCE = 10_000;
    /** One check in this many sends a code no credential has: a mistyped code, answered 404. */
    private static final int UNKNOWN_EVERY = 20;
    /** Checks not counted after each seeding: InnoDB merges and flushes what was just written. */
    private static final int SETTLE_CALLS = 500;
    /** The allowance run's checks are compared while the institution's minute holds this many and this many more. */
    private static final int ALLOWANCE_STEP = 1_000;
    private static final String NOT_FOUND = "not found (404)";
    private static final Path CREDENTIALS_SOURCE =
            Path.of("api/src/main/java/io/jingwu/api/identity/credentials/boundary/Credentials.java");
    private static final String USAGE = """
            Usage: bench/credential-checks.sh [--sizes=10000,1000000] [--clients=8] [--seconds=10]
                                              [--warm-up-seconds=20] [--sample=20000] [--allowance-seconds=75]
                                              [--limit-minutes=14] [--keep-database]
            --allowance-seconds: how long one institution checks flat out at the largest size (more than 60; 0 for
            no such run).
            The database server: 127.0.0.1, port BENCH_DB_PORT (3306), administered with the account BENCH_DB_USER
            (root) and password BENCH_DB_PASSWORD (none): the benchmark drops and creates its database
            jingwu_credentials_bench and the server's account jingwu_credentials_bench@127.0.0.1 there, and drops both
            at the end.""";

    private final Map<String, String> options;
    private final Progress progress = new Progress();
    /** What the institutions were told, over the whole run: every status must occur. */
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> seeding = new ArrayList<>();
    private String allowanceSummary;
    private int allowanceErrors;
    private int institutionsMade;

    private CredentialChecksBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) {
        Map<String, String> options = BenchMain.options(args, List.of("sizes", "clients", "seconds", "warm-up-seconds",
                "sample", "allowance-seconds", "limit-minutes", "keep-database"), USAGE);
        BenchMain.runWithin(Duration.ofMinutes(Long.parseLong(options.getOrDefault("limit-minutes", "14"))),
                () -> new CredentialChecksBenchmark(options).run());
    }

    private void run() throws Exception {
        BenchInstallation installation = new BenchInstallation(DATABASE, "credential-checks");
        // the application's own code hashes codes and signs QR tokens here, under the server's key
        BenchKeyring.install(installation.keys());
        installation.run(Boolean.parseBoolean(options.getOrDefault("keep-database", "false")), progress::say,
                (server, database) -> {
                    JingwuClient client = new JingwuClient(server.base());
                    String admin = client.signIn("admin", installation.adminPassword());
                    measure(client, admin, database,
                            new CredentialSeeder(database, installation.keys(), integer("sample", 20_000)));
                });
    }

    private void measure(JingwuClient client, String admin, Connection database, CredentialSeeder seeder)
            throws Exception {
        List<Long> sizes = List.of(options.getOrDefault("sizes", "10000,1000000").split(",")).stream()
                .map(String::strip).map(Long::valueOf).sorted().toList();
        int clients = integer("clients", 8);
        Duration period = Duration.ofSeconds(integer("seconds", 10));
        Duration warmUp = Duration.ofSeconds(integer("warm-up-seconds", 20));
        Duration allowanceRun = Duration.ofSeconds(integer("allowance-seconds", 75));
        if (!allowanceRun.isZero() && allowanceRun.compareTo(AllowanceRun.MINUTE) <= 0) {
            throw new IllegalArgumentException("--allowance-seconds must be more than 60 (or 0 for no such run)");
        }
        String machine = BenchMachine.describe(database, "the clients");

        fill(seeder, database, sizes.get(0));
        progress.say("warm-up (not counted)");
        progress.say(Load.during("ping, warm-up", clients, warmUp, client::ping).line());
        progress.say(Load.duringPerClient("by code, warm-up", clients, warmUp,
                checks(client, admin, clients, Checks.byCode(seeder.sample()))).line());
        progress.say(Load.duringPerClient("by QR token, warm-up", clients, warmUp,
                checks(client, admin, clients, Checks.byToken(seeder.sample()))).line());
        answers.clear();

        long lastSize = sizes.get(sizes.size() - 1);
        for (long size : sizes) {
            fill(seeder, database, size);
            Checks byCode = Checks.byCode(seeder.sample());
            Checks byToken = Checks.byToken(seeder.sample());
            progress.say(Load.countPerClient(String.format(Locale.ROOT, "by code, %,d, settle", size), 1, SETTLE_CALLS,
                    checks(client, admin, 1, byCode)).line() + " (not counted)");
            // each size beside its own ping: the shared machine's speed drifts over a run of several minutes
            Figures ping1 = progress.show(Load.during("ping", 1, period, client::ping));
            Figures ping = progress.show(Load.during("ping", clients, period, client::ping));
            rows.add(new Row("`GET /api/v1/ping` (trivial)", size, ping1, ping1, Double.NaN));
            rows.add(new Row("`GET /api/v1/ping` (trivial)", size, ping, ping, Double.NaN));
            measure(client, admin, database, "by code", size, 1, period, byCode, ping1);
            measure(client, admin, database, "by code", size, clients, period, byCode, ping);
            measure(client, admin, database, "by QR token", size, 1, period, byToken, ping1);
            measure(client, admin, database, "by QR token", size, clients, period, byToken, ping);
            if (size == lastSize && !allowanceRun.isZero()) {
                allowance(client, admin, size, clients, period, allowanceRun, byCode);
            }
        }
        List<String> plans = plans(database, seeder);
        plans.forEach(progress::say);
        progress.say("credential_checks: " + BenchMachine.tableSize(database, "credential_checks"));

        System.out.println();
        System.out.println(report(machine, plans));
        int errors = rows.stream().mapToInt(row -> row.figures().errors()).sum() + allowanceErrors;
        if (errors > 0) {
            throw new IllegalStateException(errors + " calls failed (the errors column, the allowance run): see "
                    + "bench/target/credential-checks-server.log");
        }
        for (String expected : List.of("VALID", "REVOKED", "EXPIRED", NOT_FOUND)) {
            if (!answers.containsKey(expected)) {
                throw new IllegalStateException("No check was answered " + expected + ": the sample misses a case");
            }
        }
    }

    private void fill(CredentialSeeder seeder, Connection database, long size) throws SQLException {
        long before = System.nanoTime();
        long added = seeder.fill(size);
        if (added > 0) {
            try (Statement statement = database.createStatement()) {
                // fresh statistics, for the sizes below and the plans
                statement.execute("ANALYZE TABLE identity_credentials, identity_verifications");
            }
            String line = String.format(Locale.ROOT, "seeded %,d credentials (and their verifications) in %.1f s, "
                            + "%,d in all; identity_credentials: %s", added, (System.nanoTime() - before) / 1e9,
                    seeder.rows(), BenchMachine.tableSize(database, "identity_credentials"));
            progress.say(line);
            seeding.add(line);
        }
    }

    /** One measured run, each client an institution of its own made for it, with InnoDB's reads from disk. */
    private void measure(JingwuClient client, String admin, Connection database, String how, long size, int clients,
                         Duration period, Checks checks, Figures ping) throws Exception {
        IntFunction<Load.Call> calls = checks(client, admin, clients, checks);
        long reads = BenchMachine.diskReads(database);
        Figures figures = progress.show(Load.duringPerClient(String.format(Locale.ROOT, "%s, %,d", how, size), clients,
                period, calls));
        double readsPerCall = (double) (BenchMachine.diskReads(database) - reads) / Math.max(1, figures.calls());
        rows.add(new Row("`GET /api/v1/verifications/{code}` " + how, size, figures, ping, readsPerCall));
    }

    /**
     * One institution with the highest allowance, checking by code from every client as fast as they can for longer
     * than a minute, beside a ping of as many clients measured just before: the checks with the institution's minute
     * holding its first 1,000 checks, its last 1,000 before the allowance, and the refused ones.
     */
    private void allowance(JingwuClient client, String admin, long size, int clients, Duration period, Duration run,
                           Checks byCode) throws Exception {
        Figures ping = progress.show(Load.during("ping", clients, period, client::ping));
        rows.add(new Row("`GET /api/v1/ping` (trivial), before the allowance run", size, ping, ping, Double.NaN));
        institutionsMade++;
        String key = client.createInstitution(admin, "Bench busy bank " + institutionsMade, "BANK", ALLOWANCE);
        progress.say(String.format(Locale.ROOT, "allowance run: one institution, %,d checks a minute, %d clients, "
                + "%d s", ALLOWANCE, clients, run.toSeconds()));
        AllowanceRun calls = AllowanceRun.during(clients, run, i -> () -> {
            Check check = byCode.next();
            JingwuClient.CheckAnswer answer = client.checkWithinAllowance(key, check.sent());
            String told = answer.status().orElse(NOT_FOUND);
            if (!answer.refused() && !told.equals(check.expected())) {
                throw new JingwuClient.UnexpectedAnswer("A check was told " + told + " instead of " + check.expected());
            }
            return answer.refused();
        });
        allowanceSummary = calls.summary(clients, ALLOWANCE);
        allowanceErrors = calls.errors();
        progress.say(allowanceSummary);
        String call = "`GET /api/v1/verifications/{code}` by code, one institution at its allowance: ";
        for (Figures figures : List.of(calls.admittedWithMinuteHolding(clients, 0, ALLOWANCE_STEP),
                calls.admittedWithMinuteHolding(clients, ALLOWANCE - ALLOWANCE_STEP, ALLOWANCE),
                calls.refused(clients))) {
            progress.show(figures);
            rows.add(new Row(call + figures.name(), size, figures, ping, Double.NaN));
        }
    }

    /** The checks of a run: each client one institution, made now, with the highest allowance. */
    private IntFunction<Load.Call> checks(JingwuClient client, String admin, int clients, Checks checks)
            throws IOException {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            institutionsMade++;
            keys.add(client.createInstitution(admin, (institutionsMade % 2 == 0 ? "Bench hotel " : "Bench bank ")
                    + institutionsMade, institutionsMade % 2 == 0 ? "HOTEL" : "BANK", ALLOWANCE));
        }
        return i -> () -> {
            Check check = checks.next();
            String told = client.checkCredential(keys.get(i), check.sent()).orElse(NOT_FOUND);
            if (!told.equals(check.expected())) {
                throw new JingwuClient.UnexpectedAnswer("A check was told " + told + " instead of " + check.expected());
            }
            answers.computeIfAbsent(told, status -> new LongAdder()).increment();
        };
    }

    /**
     * The plans of the lookup by the code's hash (the SQL of the named query {@code Credential.BY_CODE}), of the
     * holder's list of checks (the native query in {@code Credentials.view}, read from its source) for the credential
     * checked most, and of the allowance's count (read from {@code RateLimits}) for the busiest institution.
     */
    private List<String> plans(Connection database, CredentialSeeder seeder) throws SQLException, IOException {
        List<String> plans = new ArrayList<>();
        String byCode = "SELECT * FROM identity_credentials WHERE code_hash = '"
                + CredentialCodes.hash(seeder.sample().get(0).code()) + "'";
        plans.add(byCode);
        plans.addAll(QueryPlans.analyze(database, byCode));

        String mostChecked = single(database, "SELECT credential_id, COUNT(*) FROM credential_checks "
                + "GROUP BY credential_id ORDER BY COUNT(*) DESC LIMIT 1");
        String holderView = QueryPlans.fromSource(CREDENTIALS_SOURCE,
                        Pattern.compile("\"\"\"\\s*(SELECT [^\"]*?FROM credential_checks [^\"]*?)\"\"\""))
                .orElse(null);
        if (holderView == null) {
            plans.add("(no query of credential_checks found in " + CREDENTIALS_SOURCE + ")");
        } else {
            String query = holderView.replace("?", mostChecked.split(" ")[0]);
            plans.add(query + "   -- the credential checked most: " + mostChecked.split(" ")[1] + " checks");
            plans.addAll(QueryPlans.analyze(database, query));
        }

        String busiest = tableExists(database, "rate_limit_counters") ? single(database, "SELECT bucket, subject "
                + "FROM rate_limit_counters WHERE bucket = 'institution-key' ORDER BY expires_at DESC LIMIT 1") : "";
        if (busiest.isEmpty()) {
            plans.add("(no institution's allowance counter)");
        } else {
            String[] busy = busiest.split(" ");
            String query = "SELECT * FROM rate_limit_counters WHERE bucket = '" + busy[0] + "' AND subject = '"
                    + busy[1] + "' FOR UPDATE";
            plans.add(query + "   -- the counter of the institution checked last, as each of its checks locks it");
            plans.addAll(QueryPlans.analyze(database, query));
        }
        return plans;
    }

    private static boolean tableExists(Connection database, String table) throws SQLException {
        return !single(database, "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name = '" + table + "'").isEmpty();
    }

    /** The first row's columns, separated by spaces; empty when there is no row. */
    private static String single(Connection database, String sql) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                return "";
            }
            List<String> columns = new ArrayList<>();
            for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                columns.add(row.getString(c));
            }
            return String.join(" ", columns);
        }
    }

    /** The figures of the run as Markdown, ready for docs/BENCHMARKS.md. */
    private String report(String machine, List<String> plans) {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(machine).append(String.format(Locale.ROOT, "; load average %.2f at the end.%n",
                BenchMachine.loadAverage()));
        seeding.forEach(line -> out.append("\n- ").append(line));
        out.append(String.format(Locale.ROOT, "%n%n| call | credentials | clients | calls/s | ÷ ping calls/s "
                + "| median ms | p99 ms | median ÷ ping median | disk reads per call | errors | load average |%n"));
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row row : rows) {
            Figures f = row.figures();
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %s | %d | %.1f |%n",
                    row.call(), String.format(Locale.ROOT, "%,d", row.credentials()),
                    f.clients(), f.perSecond(), f.perSecond() / row.ping().perSecond(), f.medianMs(), f.p99Ms(),
                    f.medianMs() / row.ping().medianMs(),
                    Double.isNaN(row.diskReads()) ? "" : String.format(Locale.ROOT, "%.2f", row.diskReads()),
                    f.errors(), row.load()));
        }
        Map<String, Long> told = new TreeMap<>();
        answers.forEach((status, count) -> told.put(status, count.sum()));
        if (allowanceSummary != null) {
            out.append(String.format(Locale.ROOT, "%nThe allowance run: %s.%n", allowanceSummary));
        }
        out.append(String.format(Locale.ROOT, "%nWhat the measured checks were told (each as expected, or counted as "
                + "an error): %s. Institutions made for the run: %d, each with %,d checks a minute.%n", told,
                institutionsMade, ALLOWANCE));
        out.append("\nPlans (ANALYZE) at the end, ").append(String.format(Locale.ROOT, "%,d", rows.stream()
                .mapToLong(Row::credentials).max().orElse(0))).append(" credentials:\n\n```\n");
        plans.forEach(plan -> out.append(plan).append('\n'));
        out.append("```\n");
        return out.toString();
    }

    private int integer(String option, int fallback) {
        return Integer.parseInt(options.getOrDefault(option, Integer.toString(fallback)));
    }

    /**
     * One row of the table, with the ping it is compared with (itself for a ping) and the load average when it ended:
     * other work that starts on the machine during a run shows there.
     */
    private record Row(String call, long credentials, Figures figures, Figures ping, double diskReads, double load) {

        Row(String call, long credentials, Figures figures, Figures ping, double diskReads) {
            this(call, credentials, figures, ping, diskReads, BenchMachine.loadAverage());
        }
    }

    /** What an institution sends, and the status it must be told ({@link #NOT_FOUND} for a 404). */
    private record Check(String sent, String expected) {
    }

    /**
     * The checks the clients make in turn, shared by them: the sample's credentials in a shuffled order, one call in
     * {@link #UNKNOWN_EVERY} a code nobody holds. Runs of the same kind continue where the last one stopped, so that
     * a credential is checked again only once the sample is used up.
     */
    private static final class Checks {
        private final List<Check> checks;
        private final AtomicInteger next = new AtomicInteger();

        private Checks(List<Check> checks) {
            this.checks = checks;
        }

        /** The code as read out at a counter, in groups of four. */
        static Checks byCode(List<CredentialSeeder.Seeded> sample) {
            return of(sample, CredentialSeeder.Seeded::readable, CredentialCodes::readable);
        }

        /** The token of the QR code, signed as the server signs it; unknown codes in genuine tokens. */
        static Checks byToken(List<CredentialSeeder.Seeded> sample) {
            Instant now = Instant.now();
            return of(sample, CredentialSeeder.Seeded::token,
                    code -> CredentialTokens.sign(code, now, now.plus(Duration.ofDays(30))));
        }

        private static Checks of(List<CredentialSeeder.Seeded> sample, Function<CredentialSeeder.Seeded, String> known,
                                 Function<String, String> unknown) {
            List<CredentialSeeder.Seeded> order = new ArrayList<>(sample);
            Collections.shuffle(order, new Random(order.size()));
            List<Check> checks = new ArrayList<>();
            for (CredentialSeeder.Seeded seeded : order) {
                if (checks.size() % UNKNOWN_EVERY == UNKNOWN_EVERY - 1) {
                    checks.add(new Check(unknown.apply(CredentialCodes.next()), NOT_FOUND));
                }
                checks.add(new Check(known.apply(seeded), seeded.status().name()));
            }
            return new Checks(checks);
        }

        Check next() {
            return checks.get(Math.floorMod(next.getAndIncrement(), checks.size()));
        }
    }
}
