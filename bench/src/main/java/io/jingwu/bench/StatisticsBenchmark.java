package io.jingwu.bench;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.statistics.control.Diversion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cost of the public figures ({@code GET /api/v1/statistics}) over a year of 1,000,000 requests, beside the
 * trivial endpoint ({@code GET /api/v1/ping}) of the same server in the same run. Starts Jingwu on a database of its
 * own on the local MariaDB server ({@code jingwu_stats_bench}, dropped and created anew), seeds the year in SQL,
 * calls each shape of query a few times not counted, then a number of times one after the other, and prints median
 * and p95 latency with their ratio to ping's median, and MariaDB's plans of the two statistics queries (read from
 * their source, run with ANALYZE: the rows actually read). Loopback only; stops within a time limit and stops the
 * server however it ends.
 *
 * <p>Run it with {@code bench/statistics.sh}.
 */
public final class StatisticsBenchmark {

    private static final BenchDatabase DATABASE = new BenchDatabase("jingwu_stats_bench");
    private static final String UNIT = "HUZ-ZL-LIVELIHOOD";
    private static final Path QUERIES_SOURCE =
            Path.of("api/src/main/java/io/jingwu/api/statistics/control/StatisticsQueries.java");
    private static final String USAGE = """
            Usage: bench/statistics.sh [--requests=1000000] [--calls=30] [--warm-up-calls=5] [--limit-minutes=20]
                                       [--keep-database]
            The database server: 127.0.0.1, port BENCH_DB_PORT (3306), administered with the account BENCH_DB_USER
            (root) and password BENCH_DB_PASSWORD (none): the benchmark drops and creates its database
            jingwu_stats_bench and the server's account jingwu_stats_bench@127.0.0.1 there, and drops both at the end.""";

    /** What is measured: the shapes of query a reader of the figures asks for. */
    private static final List<Shape> SHAPES = List.of(
            new Shape("whole year, all units", "from=2025-01-01&to=2025-12-31"),
            new Shape("one month, all units", "from=2025-06-01&to=2025-06-30"),
            new Shape("one month, one unit", "from=2025-06-01&to=2025-06-30&unit=" + UNIT),
            new Shape("one quarter, division 3305", "from=2025-04-01&to=2025-06-30&division=3305"));

    private final Map<String, String> options;
    private final Progress progress = new Progress();

    private StatisticsBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) {
        Map<String, String> options = BenchMain.options(args,
                List.of("requests", "calls", "warm-up-calls", "limit-minutes", "keep-database"), USAGE);
        BenchMain.runWithin(Duration.ofMinutes(Long.parseLong(options.getOrDefault("limit-minutes", "20"))),
                () -> new StatisticsBenchmark(options).run());
    }

    private void run() throws Exception {
        BenchInstallation installation = new BenchInstallation(DATABASE, "statistics");
        installation.run(Boolean.parseBoolean(options.getOrDefault("keep-database", "false")), progress::say,
                (server, database) -> measure(new JingwuClient(server.base()), database, installation.keys()));
    }

    private void measure(JingwuClient client, Connection database, DataKeys keys) throws Exception {
        long requests = Long.parseLong(options.getOrDefault("requests", "1000000"));
        int calls = Integer.parseInt(options.getOrDefault("calls", "30"));
        int warmUpCalls = Integer.parseInt(options.getOrDefault("warm-up-calls", "5"));
        String machine = BenchMachine.describe(database, "the client");

        long before = System.nanoTime();
        new StatisticsSeeder(database, keys).seed(requests);
        double seedSeconds = (System.nanoTime() - before) / 1e9;
        progress.say(String.format(Locale.ROOT, "seeded %,d requests over %s in %.1f s; the requests table: %s",
                requests, StatisticsSeeder.YEAR, seedSeconds, BenchMachine.tableSize(database, "requests")));

        progress.say("warm-up (not counted)");
        progress.say(Load.count("ping, warm-up", 1, 2000, client::ping).line());
        for (Shape shape : SHAPES) {
            progress.say(Load.count(shape.name() + ", warm-up", 1, warmUpCalls,
                    () -> client.statistics(shape.query())).line());
        }
        Figures ping = progress.show(Load.count("ping", 1, 2000, client::ping));
        List<Figures> figures = new ArrayList<>();
        for (Shape shape : SHAPES) {
            figures.add(progress.show(Load.count(shape.name(), 1, calls, () -> client.statistics(shape.query()))));
        }
        List<String> plans = plans(database);
        plans.forEach(progress::say);

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Machine: %s; load average %.2f at the end. Seeding %,d requests: %.0f s.%n%n",
                machine, BenchMachine.loadAverage(), requests, seedSeconds));
        out.append("| `GET /api/v1/statistics?...` | requests in scope | calls | median ms | p95 ms | median ÷ ping median | p95 ÷ ping median | errors |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        out.append(String.format(Locale.ROOT, "| `GET /api/v1/ping` (trivial) | | %d | %.2f | %.2f | 1.0 | %.1f | %d |%n",
                ping.calls(), ping.medianMs(), ping.percentileMs(95), ping.percentileMs(95) / ping.medianMs(), ping.errors()));
        for (int i = 0; i < SHAPES.size(); i++) {
            Figures f = figures.get(i);
            out.append(String.format(Locale.ROOT, "| %s: `%s` | %,d | %d | %.2f | %.2f | %.0f | %.0f | %d |%n",
                    SHAPES.get(i).name(), SHAPES.get(i).query(), inScope(database, SHAPES.get(i)), f.calls(),
                    f.medianMs(), f.percentileMs(95), f.medianMs() / ping.medianMs(),
                    f.percentileMs(95) / ping.medianMs(), f.errors()));
        }
        out.append("\nPlans of the counts and of the median time to resolve for the whole year, all units (ANALYZE):\n\n```\n");
        plans.forEach(plan -> out.append(plan).append('\n'));
        out.append("```\n");
        System.out.println();
        System.out.println(out);
        int errors = ping.errors() + figures.stream().mapToInt(Figures::errors).sum();
        if (errors > 0) {
            throw new IllegalStateException(errors + " calls failed: see bench/target/statistics-server.log");
        }
    }

    /**
     * MariaDB's plans of the counts and of the median time to resolve for the whole year over all units, the queries
     * exactly as the application sends them (read from their source), with the rows read and the time taken.
     */
    private static List<String> plans(Connection database) throws SQLException, IOException {
        if (!Files.isRegularFile(QUERIES_SOURCE)) {
            return List.of("(" + QUERIES_SOURCE + " not found)");
        }
        String source = Files.readString(QUERIES_SOURCE);
        String doubleNon = Diversion.DOUBLE_NON.stream().map(RequestType::name).map(name -> "'" + name + "'")
                .collect(Collectors.joining(", "));
        Matcher resolveMinutes = Pattern.compile("RESOLVE_MINUTES = \"(.*?)\";").matcher(source);
        Map<String, String> queries = new LinkedHashMap<>();
        for (String name : List.of("COUNTS", "MEDIAN")) {
            Matcher block = Pattern.compile(name + " = \"\"\"\\s*(.*?)\"\"\"", Pattern.DOTALL).matcher(source);
            if (!block.find() || !resolveMinutes.find(0)) {
                return List.of("(no " + name + " query found in " + QUERIES_SOURCE + ")");
            }
            String template = block.group(1).replaceAll("\\s+", " ").strip();
            // the median measured is the longer of the two: resolving
            queries.put(name, ("COUNTS".equals(name) ? template.formatted(doubleNon, "")
                    : template.formatted(resolveMinutes.group(1), "resolved_at IS NOT NULL", ""))
                    .replaceFirst("\\?", "'" + StatisticsSeeder.YEAR + "-01-01 00:00:00'")
                    .replaceFirst("\\?", "'" + (Integer.parseInt(StatisticsSeeder.YEAR) + 1) + "-01-01 00:00:00'"));
        }
        List<String> plans = new ArrayList<>();
        for (String query : queries.values()) {
            plans.add(query);
            plans.addAll(QueryPlans.analyze(database, query));
        }
        return plans;
    }

    /** How many requests a shape's figures count (period and division; with a unit, those in it or routed to it). */
    private static long inScope(Connection database, Shape shape) throws SQLException {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : shape.query().split("&")) {
            parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        String sql = "SELECT COUNT(*) FROM requests r WHERE r.created_at >= CONVERT_TZ('" + parameters.get("from")
                + " 00:00:00', '+08:00', '+00:00') AND r.created_at < CONVERT_TZ('" + parameters.get("to")
                + " 00:00:00', '+08:00', '+00:00') + INTERVAL 1 DAY"
                + (parameters.containsKey("division") ? " AND r.division_code LIKE '" + parameters.get("division") + "%'" : "")
                + (parameters.containsKey("unit") ? " AND (SELECT u.id FROM units u WHERE u.code = '" + parameters.get("unit")
                + "') IN (r.unit_id, r.routed_unit_id)" : "");
        try (Statement statement = database.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private record Shape(String name, String query) {
    }
}
