package io.jingwu.bench;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claim-next latency as the queue grows, and create-request throughput, each beside the trivial endpoint
 * ({@code GET /api/v1/ping}) of the same server in the same run: absolute figures depend on the machine, the ratios
 * much less. Starts Jingwu on a database of its own on the local MariaDB server ({@code jingwu_bench}, dropped and
 * created anew), loads it over loopback only, stops within a time limit and stops the server however it ends.
 *
 * <p>The queue under test is one unit's: a clerk of that unit claims ({@code POST /api/v1/queue/claims}) while it
 * holds 10,000, 100,000 and 1,000,000 open requests, seeded in SQL; the other units' queues hold a quarter as many
 * again between them, so that the claim has to find its unit's head among others. Each size is measured with one
 * client (latency) and with several at once (throughput; rows other clerks hold are skipped, not waited for), after a
 * quarter as many claims that are not counted. Every claimed tracking number is remembered: a request claimed twice
 * fails the run.
 *
 * <p>Run it with {@code bench/claim-next.sh}.
 */
public final class ClaimNextBenchmark {

    private static final BenchDatabase DATABASE = new BenchDatabase("jingwu_bench");
    private static final String CLERK = "bench.clerk";
    /** Claims before any is counted, as a multiple of the claims measured at each size. */
    private static final int WARM_UP_CLAIMS = 3;
    /** Routed to another unit than the clerk's (吴兴区 as a whole), so creating does not change the queue under test. */
    private static final String SUBMISSION = """
            {"type":"DISPUTE","category":"unpaid-wages","description":"老板拖欠工资三个月，多次讨要无果。",\
            "divisionCode":"330502","contactName":"张三","contactPhone":"13800138000","lang":"zh",\
            "fields":{"employerName":"织里镇某童装加工厂","amountOwed":12000,"monthsOwed":3}}""";
    private static final Path CLAIM_QUERY_SOURCE = Path.of("api/src/main/java/io/jingwu/api/queues/control/NextInQueue.java");

    private final Settings settings;
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final Progress progress = new Progress();

    private ClaimNextBenchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Settings.USAGE);
            System.exit(2);
            return;
        }
        BenchMain.runWithin(settings.limit(), () -> new ClaimNextBenchmark(settings).run());
    }

    private void run() throws Exception {
        BenchInstallation installation = new BenchInstallation(DATABASE, "claim-next");
        String clerkPassword = installation.newPassword("Clerk-");
        installation.run(settings.keepDatabase(), progress::say, (server, database) ->
                measure(new JingwuClient(server.base()), new QueueSeeder(database, installation.keys()), database,
                        installation.adminPassword(), clerkPassword));
    }

    private void measure(JingwuClient client, QueueSeeder seeder, Connection database, String adminPassword,
                         String clerkPassword) throws Exception {
        String admin = client.signIn("admin", adminPassword);
        client.createClerk(admin, CLERK, clerkPassword, QueueSeeder.CLERK_UNIT);
        String clerk = client.signIn(CLERK, clerkPassword);
        Load.Call claim = () -> {
            String trackingNumber = client.claimNext(clerk)
                    .orElseThrow(() -> new IllegalStateException("The queue was empty"));
            if (!claimed.add(trackingNumber)) {
                throw new IllegalStateException(trackingNumber + " was claimed twice");
            }
        };
        Load.Call ping = client::ping;
        Load.Call create = () -> client.submit(SUBMISSION);
        int clients = settings.clients();
        Duration period = settings.period();

        Report report = new Report(BenchMachine.describe(database, "the clients"));
        fill(seeder, settings.sizes().get(0));
        seeder.checkTrackingNumbers();

        progress.say("warm-up (not counted)");
        progress.say(Load.during("ping, warm-up", clients, settings.warmUp(), ping).line());
        progress.say(Load.during("create request, warm-up", clients, settings.warmUp(), create).line());
        // the claim is the longest path of the three: more calls before the compiler has settled on it
        progress.say(Load.count("claim next, warm-up", clients, WARM_UP_CLAIMS * settings.claims(), claim).line());

        report.ping1 = progress.show(Load.count("ping", 1, settings.claims(), ping));
        report.ping = progress.show(Load.during("ping", clients, period, ping));
        report.create = progress.show(Load.during("create request", clients, period, create));

        for (int size : settings.sizes()) {
            fill(seeder, size);
            // after a large insert the claim index's head is cold and InnoDB still merges and flushes: a few
            // claims first, so that the figures are those of a queue of this size, not of the seeding
            progress.say(Load.count(String.format(Locale.ROOT, "claim next, %,d open, settle", size), 1,
                    settings.claims() / 4, claim).line() + " (not counted)");
            fill(seeder, size);
            String plan = explainClaim(database, seeder.clerkUnit());
            progress.say("plan of the claim query: " + plan);
            long reads = BenchMachine.diskReads(database);
            Figures one = progress.show(Load.count(String.format(Locale.ROOT, "claim next, %,d open", size), 1,
                    settings.claims(), claim));
            double oneReads = (double) (BenchMachine.diskReads(database) - reads) / one.calls();
            fill(seeder, size);
            reads = BenchMachine.diskReads(database);
            Figures many = progress.show(Load.count(String.format(Locale.ROOT, "claim next, %,d open", size), clients,
                    settings.claims(), claim));
            double manyReads = (double) (BenchMachine.diskReads(database) - reads) / many.calls();
            progress.say(String.format(Locale.ROOT, "InnoDB pages read from disk per claim: %.2f with 1 client, "
                    + "%.2f with %d; the requests table: %s", oneReads, manyReads, clients,
                    BenchMachine.tableSize(database, "requests")));
            report.stages.add(new Stage(size, one, many, oneReads, manyReads, plan));
        }
        report.loadAfter = BenchMachine.loadAverage();
        progress.say("done: " + claimed.size() + " requests claimed, none twice");
        System.out.println();
        System.out.println(report.markdown());
        if (report.errors() > 0) {
            throw new IllegalStateException(report.errors() + " calls failed (the errors column): see "
                    + "bench/target/claim-next-server.log");
        }
    }

    /** The clerk's queue to {@code size} open requests and the other queues to a quarter of that, between them. */
    private void fill(QueueSeeder seeder, int size) throws SQLException {
        long before = System.nanoTime();
        long added = seeder.fillClerkQueue(size) + seeder.fillOtherQueues(size / 4);
        if (added > 0) {
            progress.say(String.format(Locale.ROOT, "seeded %,d open requests in %.1f s: %,d in the clerk's queue, "
                            + "%,d in the others, %,d rows in all", added, (System.nanoTime() - before) / 1e9,
                    seeder.openInClerkUnit(), seeder.openElsewhere(), seeder.rows()));
        }
    }

    /**
     * MariaDB's plan for the claim query exactly as the application sends it (read from its source, so that it cannot
     * drift from the query measured), for the clerk's unit: the estimated rows, and the rows it actually read.
     */
    private static String explainClaim(Connection database, long unitId) throws SQLException, IOException {
        if (!Files.isRegularFile(CLAIM_QUERY_SOURCE)) {
            return "(" + CLAIM_QUERY_SOURCE + " not found)";
        }
        Matcher block = Pattern.compile("\"\"\"\\s*((?:SET STATEMENT .*? FOR\\s+)?)(SELECT .*?FOR UPDATE SKIP LOCKED)\"\"\"",
                Pattern.DOTALL).matcher(Files.readString(CLAIM_QUERY_SOURCE));
        if (!block.find()) {
            return "(no claim query found in " + CLAIM_QUERY_SOURCE + ")";
        }
        String query = (block.group(1) + block.group(2)).replaceAll("\\s+", " ").replace("?", Long.toString(unitId));
        // ANALYZE: the plan with the rows actually read (it runs the query; in autocommit the lock ends with it).
        // SET STATEMENT ... FOR goes first, then what it applies to.
        String analyze = (block.group(1) + "ANALYZE " + block.group(2)).replaceAll("\\s+", " ")
                .replace("?", Long.toString(unitId));
        List<String> rows = new ArrayList<>();
        try (Statement statement = database.createStatement(); ResultSet plan = statement.executeQuery(analyze)) {
            while (plan.next()) {
                rows.add("table=" + plan.getString("table") + " type=" + plan.getString("type")
                        + " key=" + plan.getString("key") + " ref=" + plan.getString("ref")
                        + " rows=" + plan.getString("rows") + " r_rows=" + plan.getString("r_rows")
                        + " Extra=" + plan.getString("Extra"));
            }
        }
        return String.join("; ", rows) + "  [" + query + "]";
    }

    private record Stage(int size, Figures oneClient, Figures clients, double oneClientReads, double clientsReads,
                         String plan) {
    }

    /** The figures of the run as Markdown, ready for docs/BENCHMARKS.md. */
    private final class Report {
        final String machine;
        final List<Stage> stages = new ArrayList<>();
        Figures ping1;
        Figures ping;
        Figures create;
        double loadAfter;

        Report(String machine) {
            this.machine = machine;
        }

        int errors() {
            return ping1.errors() + ping.errors() + create.errors() + stages.stream()
                    .mapToInt(stage -> stage.oneClient().errors() + stage.clients().errors()).sum();
        }

        String markdown() {
            StringBuilder out = new StringBuilder();
            out.append("Machine: ").append(machine).append(String.format(Locale.ROOT,
                    "; load average %.2f at the end.%n%n", loadAfter));
            out.append(String.format(Locale.ROOT, "| endpoint | clients | calls/s | ÷ ping calls/s | median ms | p99 ms | errors |%n"));
            out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            out.append(row("`GET /api/v1/ping` (trivial)", ping1, ping1));
            out.append(row("`GET /api/v1/ping` (trivial)", ping, ping));
            out.append(row("`POST /api/v1/requests` (create)", create, ping));
            out.append(String.format(Locale.ROOT, "%n| open requests in the queue | clients | claims/s | ÷ ping calls/s "
                    + "| median ms | p99 ms | median ÷ ping median | disk reads per claim | errors |%n"));
            out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (Stage stage : stages) {
                out.append(claimRow(stage.size(), stage.oneClient(), ping1, stage.oneClientReads()));
                out.append(claimRow(stage.size(), stage.clients(), ping, stage.clientsReads()));
            }
            if (stages.size() > 1) {
                Stage first = stages.get(0);
                Stage last = stages.get(stages.size() - 1);
                out.append(String.format(Locale.ROOT, "%nClaim-next median, %,d vs %,d open: %.2f x with 1 client, "
                                + "%.2f x with %d clients.%n", last.size(), first.size(),
                        last.oneClient().medianMs() / first.oneClient().medianMs(),
                        last.clients().medianMs() / first.clients().medianMs(), settings.clients()));
            }
            out.append(String.format(Locale.ROOT, "%nPlan of the claim query at %,d open: %s%n",
                    stages.get(stages.size() - 1).size(), stages.get(stages.size() - 1).plan()));
            return out.toString();
        }

        private String row(String name, Figures figures, Figures base) {
            return String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.2f | %d |%n", name,
                    figures.clients(), figures.perSecond(), figures.perSecond() / base.perSecond(), figures.medianMs(),
                    figures.p99Ms(), figures.errors());
        }

        private String claimRow(int size, Figures figures, Figures base, double diskReads) {
            return String.format(Locale.ROOT, "| %,d | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %.2f | %d |%n", size,
                    figures.clients(), figures.perSecond(), figures.perSecond() / base.perSecond(), figures.medianMs(),
                    figures.p99Ms(), figures.medianMs() / base.medianMs(), diskReads, figures.errors());
        }
    }

    /** What to measure, from {@code --name=value} arguments. */
    record Settings(List<Integer> sizes, int claims, int clients, Duration period, Duration warmUp, Duration limit,
                    boolean keepDatabase) {

        static final String USAGE = """
                Usage: bench/claim-next.sh [--sizes=10000,100000,1000000] [--claims=2000] [--clients=8] [--seconds=10]
                                           [--warm-up-seconds=10] [--limit-minutes=14] [--keep-database]
                The database server: 127.0.0.1, port BENCH_DB_PORT (3306), administered with the account BENCH_DB_USER
                (root) and password BENCH_DB_PASSWORD (none): the benchmark drops and creates its database jingwu_bench
                and the server's account jingwu_bench@127.0.0.1 there, and drops both at the end.""";

        static Settings parse(String[] args) {
            Map<String, String> options = new LinkedHashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("Unknown argument: " + arg);
                }
                int equals = arg.indexOf('=');
                options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals),
                        equals < 0 ? "true" : arg.substring(equals + 1));
            }
            List<Integer> sizes = List.of(options.getOrDefault("sizes", "10000,100000,1000000").split(",")).stream()
                    .map(String::strip).map(Integer::valueOf).sorted().toList();
            Settings settings = new Settings(sizes,
                    Integer.parseInt(options.getOrDefault("claims", "2000")),
                    Integer.parseInt(options.getOrDefault("clients", "8")),
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10"))),
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("warm-up-seconds", "10"))),
                    Duration.ofMinutes(Long.parseLong(options.getOrDefault("limit-minutes", "14"))),
                    Boolean.parseBoolean(options.getOrDefault("keep-database", "false")));
            Set.of("sizes", "claims", "clients", "seconds", "warm-up-seconds", "limit-minutes", "keep-database")
                    .forEach(options::remove);
            if (!options.isEmpty()) {
                throw new IllegalArgumentException("Unknown option: --" + options.keySet().iterator().next());
            }
            if (sizes.isEmpty() || sizes.get(0) < WARM_UP_CLAIMS * settings.claims() || settings.clients() < 1) {
                throw new IllegalArgumentException("The smallest size must hold the warm-up's claims (" + WARM_UP_CLAIMS
                        + " x --claims), and there must be at least one client");
            }
            return settings;
        }
    }
}
