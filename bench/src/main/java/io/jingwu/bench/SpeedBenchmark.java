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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The speed figures of the portal in one run, each beside the trivial endpoint ({@code GET /api/v1/ping}) of the same
 * server measured in the same run: ping; create ({@code POST /api/v1/requests}, varied {@link Submissions}) from 8
 * and from 64 connections; the tracking look-up ({@code GET /api/v1/requests/{trackingNumber}}) of requests created in
 * the run; claim-next; create at a fixed arrival rate timed from each call's scheduled send (an open loop: no
 * coordinated omission); create as the repeat-detection window holds 10k, 100k and 1M requests ({@link WindowSeeder});
 * and the server's resident memory at rest and at its peak under the create load, with the heap it may use.
 *
 * <p>One database of its own ({@code speed_bench}, created anew and dropped at the end) on the local MariaDB server.
 * Jingwu starts once to create the schema, then once per window size, after its seeding: the first size's server
 * also measures everything else. The client addresses' limits are lifted for the run (all calls come from
 * 127.0.0.1), and the output says which. Loopback only; stops within a time limit and stops every server it started.
 *
 * <p>Run it with {@code bench/speed.sh}.
 */
public final class SpeedBenchmark {

    private static final BenchDatabase DATABASE = new BenchDatabase("speed_bench");
    private static final String CLERK = "bench.speed.clerk";
    private static final int CLAIM_QUEUE = 10_000;
    private static final int CLAIMS = 1000;
    private static final int TRACKED_KEPT = 20_000;
    private static final int WARM_UP_CREATES = 300;
    private static final int WRK_BODIES = 20_000;
    /** Every per-address limit counts through RateLimits, which exempts kiosk addresses. */
    private static final String KIOSKS = "JINGWU_CITIZEN_KIOSK_ADDRESSES";
    private static final Path API_SOURCES = Path.of("api/src/main/java/io/jingwu/api");
    private static final Pattern PER_ADDRESS_SETTING = Pattern.compile(
            "@ConfigProperty\\(name\\s*=\\s*\"(jingwu\\.[a-z.-]*per-address[a-z-]*)\"");
    private static final String USAGE = """
            Usage: bench/speed.sh [--sizes=10000,100000,1000000] [--seconds=10] [--warm-up-seconds=10]
                                  [--limit-minutes=25] [--rate=<creates per second>] [--heap=<e.g. 384m>]
                                  [--jar=launcher/target/jingwu.jar] [--buffer-pool=<MiB>] [--keep-database]
            --buffer-pool: the database server's InnoDB buffer pool for the run, in MiB (restored at the end).
            The database server: 127.0.0.1, port BENCH_DB_PORT (3306), administered with the account BENCH_DB_USER
            (root) and password BENCH_DB_PASSWORD (none): the benchmark drops and creates its database speed_bench
            and the server's account speed_bench@127.0.0.1 there, and drops both at the end.""";

    private final Map<String, String> options;
    private final List<Integer> sizes;
    private final Duration period;
    private final Duration warmUp;
    private final Progress progress = new Progress();
    private final List<String> created = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final Report report = new Report();

    private SpeedBenchmark(Map<String, String> options) {
        this.options = options;
        this.sizes = Stream.of(options.getOrDefault("sizes", "10000,100000,1000000").split(","))
                .map(String::strip).map(Integer::valueOf).sorted().toList();
        this.period = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10")));
        this.warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warm-up-seconds", "10")));
    }

    public static void main(String[] args) {
        Map<String, String> options = BenchMain.options(args, List.of("sizes", "seconds", "warm-up-seconds",
                "limit-minutes", "rate", "heap", "jar", "buffer-pool", "keep-database"), USAGE);
        BenchMain.runWithin(Duration.ofMinutes(Long.parseLong(options.getOrDefault("limit-minutes", "25"))),
                () -> new SpeedBenchmark(options).run());
    }

    private void run() throws Exception {
        BenchInstallation installation = new BenchInstallation(DATABASE, "speed");
        if (options.containsKey("jar")) {
            installation.jar(Path.of(options.get("jar")));
        }
        Map<String, String> lifted = liftAddressLimits();
        lifted.forEach(installation::with);
        report.limits = lifted;
        Map<String, String> jvm = new LinkedHashMap<>();
        if (options.containsKey("heap")) {
            jvm.put("JAVA_TOOL_OPTIONS", "-Xmx" + options.get("heap"));
            installation.with("JAVA_TOOL_OPTIONS", "-Xmx" + options.get("heap"));
        }
        report.heap = options.containsKey("heap") ? "-Xmx" + options.get("heap") : "no -Xmx (the JVM's default)";
        report.maxHeapMiB = ServerMemory.maxHeapMiB(jvm);
        report.jar = installation.jar().toString();
        String clerkPassword = installation.newPassword("Clerk-");
        progress.say("client addresses' limits lifted for the run: " + lifted);
        progress.say("server heap: " + report.heap + ", MaxHeapSize " + report.maxHeapMiB + " MiB");
        long poolBefore = DATABASE.bufferPool(0);
        if (options.containsKey("buffer-pool")) {
            DATABASE.bufferPool(Long.parseLong(options.get("buffer-pool")) << 20);
        }
        report.bufferPoolMiB = DATABASE.bufferPool(0) >> 20;
        progress.say("database server's buffer pool: " + report.bufferPoolMiB + " MiB");
        try {
            measureAll(installation, clerkPassword);
        } finally {
            if (options.containsKey("buffer-pool")) {
                DATABASE.bufferPool(poolBefore);
            }
        }
        report.loadAfter = BenchMachine.loadAverage();
        System.out.println();
        System.out.println(report.markdown());
    }

    private void measureAll(BenchInstallation installation, String clerkPassword) throws Exception {
        installation.runServers(Boolean.parseBoolean(options.getOrDefault("keep-database", "false")), progress::say,
                (servers, database) -> {
                    report.machine = BenchMachine.describe(database, "the clients");
                    try (JingwuServer schema = servers.start()) {
                        progress.say("schema created; stopping to seed before the measured starts");
                    }
                    WindowSeeder seeder = new WindowSeeder(database, installation.keys());
                    report.blocks = seeder.hasBlocks();
                    progress.say(seeder.hasBlocks() ? "the schema has similar_text_blocks: seeded as migration V32 cuts them"
                            : "the schema has no similar_text_blocks (older code): seeded without them");
                    for (int size : sizes) {
                        long before = System.nanoTime();
                        long added = seeder.fill(size);
                        double seconds = (System.nanoTime() - before) / 1e9;
                        if (size == sizes.get(0)) {
                            seeder.checkTrackingNumbers();
                        }
                        long window = seeder.inWindow();
                        progress.say(String.format(Locale.ROOT, "seeded %,d requests in %.1f s: %,d in the 3-day window,"
                                + " %,d requests in all", added, seconds, window, count(database, "requests")));
                        try (JingwuServer server = servers.start()) {
                            measure(size, added, seconds, server, database, installation, clerkPassword, seeder);
                        }
                        progress.say("server stopped");
                    }
                    seeder.dropHelpers();
                });
    }

    private void measure(int size, long added, double seedSeconds, JingwuServer server, Connection database,
                         BenchInstallation installation, String clerkPassword, WindowSeeder seeder) throws Exception {
        JingwuClient client = new JingwuClient(server.base());
        Thread.sleep(2000);
        long restKiB = ServerMemory.residentKiB(server.pid());
        progress.say(String.format(Locale.ROOT, "server process %d at rest: %,d KiB resident", server.pid(), restKiB));
        Load.Call ping = client::ping;
        Load.Call create = () -> {
            String trackingNumber = client.submit(Submissions.next());
            if (created.size() < TRACKED_KEPT) {
                created.add(trackingNumber);
            }
        };
        boolean first = size == sizes.get(0);
        Stage stage = new Stage(size, added, seedSeconds, restKiB);
        try (ServerMemory memory = ServerMemory.sample(server.pid())) {
            progress.say("warm-up (not counted)");
            progress.show(Load.during("ping, warm-up", 8, warmUp, ping));
            warmUpCreates(create);
            stage.windowBefore = seeder.inWindow();
            stage.ping = progress.show(Load.during("ping", 8, period, ping));
            long lastId = single(database, "SELECT COALESCE(MAX(id), 0) FROM requests");
            long rowsRead = rowsRead(database);
            long diskReads = BenchMachine.diskReads(database);
            stage.create = progress.show(Load.during(String.format(Locale.ROOT, "create, %,d in window", size), 8,
                    period, create));
            int creates = Math.max(1, stage.create.calls());
            stage.rowsReadPerCreate = (double) (rowsRead(database) - rowsRead) / creates;
            stage.diskReadsPerCreate = (double) (BenchMachine.diskReads(database) - diskReads) / creates;
            stage.links = linksPerCreate(database, lastId);
            progress.say(String.format(Locale.ROOT, "rows read per create %.0f, InnoDB pages read from disk per create"
                    + " %.2f (server-wide counters); %s", stage.rowsReadPerCreate, stage.diskReadsPerCreate,
                    tableSizes(database)));
            stage.windowAfter = seeder.inWindow();
            progress.say("links written per create, by kind: " + stage.links + "; window " + stage.windowBefore
                    + " -> " + stage.windowAfter);
            if (first) {
                report.ping8 = stage.ping;
                report.create8 = stage.create;
                report.ping1 = progress.show(Load.count("ping", 1, 2000, ping));
                report.create64 = progress.show(Load.during("create", 64, period, create));
                stage.peakKiB = memory.peakKiB();
                report.track = progress.show(Load.during("tracking look-up", 8, period, () ->
                        client.track(created.get(ThreadLocalRandom.current().nextInt(created.size())))));
                claimNext(client, database, installation, clerkPassword);
                double rate = options.containsKey("rate") ? Double.parseDouble(options.get("rate"))
                        : Math.max(1, Math.floor(report.create8.perSecond() / 2));
                report.ping8After = progress.show(Load.during("ping, again", 8, period, ping));
                OpenLoad.Result fixed = OpenLoad.post(server.base().resolve("api/v1/requests"), rate, period,
                        Submissions::next, 201);
                progress.say(fixed.line());
                report.fixed = fixed;
                report.rateGiven = options.containsKey("rate");
                measureWithWrk(server);
            }
            stage.peakKiB = Math.max(stage.peakKiB, memory.peakKiB());
        }
        progress.say(String.format(Locale.ROOT, "resident memory: %,d KiB at rest, %,d KiB at the peak", restKiB,
                stage.peakKiB));
        report.stages.add(stage);
    }

    /** Ping, create and tracking again with wrk, if it is installed (see {@link Wrk}). */
    private void measureWithWrk(JingwuServer server) throws Exception {
        Optional<Wrk> wrk = Wrk.find();
        if (wrk.isEmpty()) {
            progress.say("wrk is not installed (apt-get install wrk): the figures with wrk are left out");
            return;
        }
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < WRK_BODIES; i++) {
            bodies.add(Submissions.next());
        }
        List<String> tracked = created.stream().map(number -> "/api/v1/requests/" + number).toList();
        progress.show(wrk.get().get("ping, warm-up", server.base(), "api/v1/ping", 8, warmUp));
        report.wrkPing = progress.show(wrk.get().get("ping", server.base(), "api/v1/ping", 8, period));
        report.wrkCreate = progress.show(wrk.get().postEach("create", server.base().resolve("api/v1/requests"),
                bodies, 8, period));
        report.wrkTrack = progress.show(wrk.get().getEach("tracking look-up", server.base(), tracked, 8, period));
    }

    /**
     * Creates not counted, for the warm-up's time and then on until {@link #WARM_UP_CREATES} were made (at most three
     * times the warm-up's time): on a busy machine a few seconds make too few creates for the compiler to settle.
     */
    private void warmUpCreates(Load.Call create) throws Exception {
        long began = System.nanoTime();
        int calls = 0;
        do {
            calls += progress.show(Load.during("create, warm-up", 8, warmUp, create)).calls();
        } while (calls < WARM_UP_CREATES && System.nanoTime() - began < 3 * warmUp.toNanos());
    }

    private void claimNext(JingwuClient client, Connection database, BenchInstallation installation,
                           String clerkPassword) throws Exception {
        String admin = client.signIn("admin", installation.adminPassword());
        client.createClerk(admin, CLERK, clerkPassword, QueueSeeder.CLERK_UNIT);
        String clerk = client.signIn(CLERK, clerkPassword);
        QueueSeeder queue = new QueueSeeder(database, installation.keys());
        Load.Call claim = () -> {
            String trackingNumber = client.claimNext(clerk)
                    .orElseThrow(() -> new IllegalStateException("The queue was empty"));
            if (!claimed.add(trackingNumber)) {
                throw new IllegalStateException(trackingNumber + " was claimed twice");
            }
        };
        queue.fillClerkQueue(CLAIM_QUEUE);
        progress.show(Load.count("claim next, warm-up", 8, CLAIMS, claim));
        queue.fillClerkQueue(CLAIM_QUEUE);
        report.claim1 = progress.show(Load.count(String.format(Locale.ROOT, "claim next, %,d open", CLAIM_QUEUE), 1,
                CLAIMS, claim));
        queue.fillClerkQueue(CLAIM_QUEUE);
        report.claim8 = progress.show(Load.count(String.format(Locale.ROOT, "claim next, %,d open", CLAIM_QUEUE), 8,
                CLAIMS, claim));
    }

    /** Links written per request created since {@code lastId}, by kind: repeat detection's work made visible. */
    private static Map<String, Double> linksPerCreate(Connection database, long lastId) throws SQLException {
        long creates = single(database, "SELECT COUNT(*) FROM requests WHERE id > " + lastId);
        Map<String, Double> links = new TreeMap<>();
        try (Statement statement = database.createStatement();
             ResultSet rows = statement.executeQuery("SELECT kind, COUNT(*) FROM request_links WHERE request_id > "
                     + lastId + " GROUP BY kind")) {
            while (rows.next()) {
                links.put(rows.getString(1), Math.round(100.0 * rows.getLong(2) / Math.max(1, creates)) / 100.0);
            }
        }
        return links;
    }

    /**
     * The settings that lift every limit per client address the server would put on the bench's calls: the kiosk
     * addresses (RateLimits lets them through every per-address limit), and any per-address setting of submissions
     * found in the application's source, set out of reach.
     */
    private static Map<String, String> liftAddressLimits() throws IOException {
        Map<String, String> settings = new TreeMap<>();
        settings.put(KIOSKS, "127.0.0.1");
        if (Files.isDirectory(API_SOURCES)) {
            try (Stream<Path> files = Files.walk(API_SOURCES)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher setting = PER_ADDRESS_SETTING.matcher(Files.readString(file));
                    while (setting.find()) {
                        String name = setting.group(1);
                        if (name.contains("request") || name.contains("submission")) {
                            settings.put(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), "1000000");
                        }
                    }
                }
            }
        }
        return settings;
    }

    /**
     * Rows read through the storage engines' handlers (index look-ups, index and table scans), a server-wide counter:
     * other databases on the same server count too.
     */
    private static long rowsRead(Connection database) throws SQLException {
        long rows = 0;
        try (Statement statement = database.createStatement();
             ResultSet row = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Handler_read%'")) {
            while (row.next()) {
                rows += row.getLong(2);
            }
        }
        return rows;
    }

    private static String tableSizes(Connection database) throws SQLException {
        List<String> sizes = new ArrayList<>();
        for (String table : List.of("requests", "request_fingerprints", "similar_text_blocks")) {
            if (single(database, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                    + "AND table_name = '" + table + "'") > 0) {
                sizes.add(table + ": " + BenchMachine.tableSize(database, table));
            }
        }
        return String.join("; ", sizes);
    }

    private static long count(Connection database, String table) throws SQLException {
        return single(database, "SELECT COUNT(*) FROM " + table);
    }

    private static long single(Connection database, String sql) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** One window size: its seeding, and the create measured beside ping on its own server. */
    private static final class Stage {
        final int size;
        final long added;
        final double seedSeconds;
        final long restKiB;
        long peakKiB;
        long windowBefore;
        long windowAfter;
        Figures ping;
        Figures create;
        Map<String, Double> links;
        double rowsReadPerCreate;
        double diskReadsPerCreate;

        Stage(int size, long added, double seedSeconds, long restKiB) {
            this.size = size;
            this.added = added;
            this.seedSeconds = seedSeconds;
            this.restKiB = restKiB;
        }
    }

    /** The figures of the run as Markdown, ready for docs/BENCHMARKS.md. */
    private static final class Report {
        final List<Stage> stages = new ArrayList<>();
        String machine;
        String jar;
        String heap;
        long bufferPoolMiB;
        long maxHeapMiB;
        boolean blocks;
        Map<String, String> limits;
        double loadAfter;
        Figures ping8;
        Figures ping8After;
        Figures ping1;
        Figures create8;
        Figures create64;
        Figures track;
        Figures claim1;
        Figures claim8;
        OpenLoad.Result fixed;
        boolean rateGiven;
        Wrk.Result wrkPing;
        Wrk.Result wrkCreate;
        Wrk.Result wrkTrack;

        String markdown() {
            StringBuilder out = new StringBuilder();
            out.append("Machine: ").append(machine).append(String.format(Locale.ROOT,
                    "; load average %.2f at the end.%n", loadAfter));
            out.append(String.format(Locale.ROOT, "Server: %s, %s (MaxHeapSize %d MiB); similar_text_blocks %s; "
                            + "client addresses' limits lifted: %s; database buffer pool %,d MiB.%n%n", jar, heap,
                    maxHeapMiB, blocks ? "present (seeded)" : "absent (older schema)", limits, bufferPoolMiB));
            if (create8 != null) {
                out.append(String.format(Locale.ROOT, "At %,d requests in the window:%n%n", stages.get(0).size));
                out.append("| call | connections | calls/s | ÷ ping calls/s | median ms | median ÷ ping median | p99 ms | errors |\n");
                out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
                out.append(row("`GET /api/v1/ping` (trivial)", ping8, ping8));
                out.append(row("`GET /api/v1/ping` (trivial)", ping1, ping1));
                out.append(row("`POST /api/v1/requests` (create)", create8, ping8));
                out.append(row("`POST /api/v1/requests` (create)", create64, ping8));
                out.append(row("`GET /api/v1/requests/{trackingNumber}`", track, ping8));
                out.append(row(String.format(Locale.ROOT, "`POST /api/v1/queue/claims` (%,d open)", CLAIM_QUEUE),
                        claim1, ping1));
                out.append(row(String.format(Locale.ROOT, "`POST /api/v1/queue/claims` (%,d open)", CLAIM_QUEUE),
                        claim8, ping8));
                out.append(row("`GET /api/v1/ping` (trivial, again)", ping8After, ping8));
                out.append(String.format(Locale.ROOT, "%n| create at a fixed rate (open loop, timed from the schedule) "
                        + "| calls | asked /s | achieved /s | median ms | p99 ms | p99.9 ms | max ms | errors |%n"));
                out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
                Figures f = fixed.figures();
                out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %d |%n",
                        rateGiven ? "the rate given" : "half the 8-connection create rate", fixed.sent(), fixed.asked(),
                        fixed.achieved(), f.medianMs(), f.p99Ms(), f.percentileMs(99.9), fixed.maxMs(), f.errors()));
                if (wrkPing != null) {
                    out.append(String.format(Locale.ROOT, "%nThe same with wrk (a client in C), last, on the warm server:"
                            + "%n%n| call | connections | calls/s | ÷ ping calls/s | median ms | median ÷ ping median "
                            + "| p99 ms | errors |%n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n"));
                    for (Wrk.Result result : List.of(wrkPing, wrkCreate, wrkTrack)) {
                        out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.3f | %.2f | %.1f | %.2f | %d |%n",
                                result.name(), result.connections(), result.perSecond(),
                                result.perSecond() / wrkPing.perSecond(), result.medianMs(),
                                result.medianMs() / wrkPing.medianMs(), result.p99Ms(), result.errors()));
                    }
                }
            }
            Stage base = stages.get(0);
            out.append(String.format(Locale.ROOT, "%n| requests in the window | seeded in s | create calls/s (8) "
                    + "| ÷ ping calls/s | median ms | p99 ms | median ÷ ping median | calls/s ÷ first size "
                    + "| median ÷ first size | p99 ÷ first size | links per create | rows read per create "
                    + "| disk reads per create | errors |%n"));
            out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |\n");
            for (Stage stage : stages) {
                out.append(String.format(Locale.ROOT, "| %,d | %.1f (%,d rows) | %.0f | %.3f | %.2f | %.2f | %.1f | %.2f "
                                + "| %.2f | %.2f | %s | %.0f | %.2f | %d |%n", stage.size, stage.seedSeconds, stage.added,
                        stage.create.perSecond(), stage.create.perSecond() / stage.ping.perSecond(),
                        stage.create.medianMs(), stage.create.p99Ms(), stage.create.medianMs() / stage.ping.medianMs(),
                        stage.create.perSecond() / base.create.perSecond(), stage.create.medianMs() / base.create.medianMs(),
                        stage.create.p99Ms() / base.create.p99Ms(), stage.links, stage.rowsReadPerCreate,
                        stage.diskReadsPerCreate, stage.create.errors()));
            }
            out.append(String.format(Locale.ROOT, "%n| server (window size) | resident at rest MiB | resident peak under "
                    + "create MiB | max heap MiB |%n"));
            out.append("| ---: | ---: | ---: | ---: |\n");
            for (Stage stage : stages) {
                out.append(String.format(Locale.ROOT, "| %,d | %d | %d | %d |%n", stage.size, stage.restKiB >> 10,
                        stage.peakKiB >> 10, maxHeapMiB));
            }
            return out.toString();
        }

        private static String row(String name, Figures figures, Figures base) {
            return String.format(Locale.ROOT, "| %s | %d | %.0f | %.3f | %.2f | %.1f | %.2f | %d |%n", name,
                    figures.clients(), figures.perSecond(), figures.perSecond() / base.perSecond(), figures.medianMs(),
                    figures.medianMs() / base.medianMs(), figures.p99Ms(), figures.errors());
        }
    }
}
