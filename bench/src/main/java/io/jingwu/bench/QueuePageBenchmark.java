package io.jingwu.bench;


import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbench's "My queue" page with 100,000 open requests in the clerk's unit (and a quarter as many in the
 * others), beside the trivial endpoint ({@code GET /api/v1/ping}) of the same server in the same run. Starts Jingwu
 * on a database of its own ({@code jingwu_queue_bench}, dropped and created anew), seeds the queues in SQL
 * ({@link QueueSeeder}), signs a clerk in through the real sign-in page and measures the full render of the queue's
 * first page, one call after the other. Loopback only; stops within a time limit and stops the server however it ends.
 *
 * <p>Run it with {@code bench/queue-page.sh}.
 */
public final class QueuePageBenchmark {

    private static final BenchDatabase DATABASE = new BenchDatabase("jingwu_queue_bench");
    private static final String CLERK = "bench-queue-clerk";
    private static final Pattern ROW = Pattern.compile("class=\"tracking-number\"");
    private static final String USAGE = """
            Usage: bench/queue-page.sh [--requests=100000] [--calls=50] [--warm-up-calls=20] [--limit-minutes=12]
                                       [--keep-database]
            The database server: 127.0.0.1, port BENCH_DB_PORT (3306), administered with the account BENCH_DB_USER
            (root) and password BENCH_DB_PASSWORD (none): the benchmark drops and creates its database
            jingwu_queue_bench and the server's account jingwu_queue_bench@127.0.0.1 there, and drops both at the end.""";

    private final Map<String, String> options;
    private final Progress progress = new Progress();

    private QueuePageBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) {
        Map<String, String> options = BenchMain.options(args,
                List.of("requests", "calls", "warm-up-calls", "limit-minutes", "keep-database"), USAGE);
        BenchMain.runWithin(Duration.ofMinutes(Long.parseLong(options.getOrDefault("limit-minutes", "12"))),
                () -> new QueuePageBenchmark(options).run());
    }

    private void run() throws Exception {
        BenchInstallation installation = new BenchInstallation(DATABASE, "queue-page");
        String clerkPassword = installation.newPassword("Clerk-");
        installation.run(Boolean.parseBoolean(options.getOrDefault("keep-database", "false")), progress::say,
                (server, database) -> {
                    JingwuClient client = new JingwuClient(server.base());
                    client.createClerk(client.signIn("admin", installation.adminPassword()), CLERK, clerkPassword,
                            QueueSeeder.CLERK_UNIT);
                    measure(client, new WorkbenchBrowser(server.base()), clerkPassword,
                            new QueueSeeder(database, installation.keys()), database);
                });
    }

    private void measure(JingwuClient client, WorkbenchBrowser browser, String clerkPassword, QueueSeeder seeder,
                         Connection database) throws Exception {
        long requests = Long.parseLong(options.getOrDefault("requests", "100000"));
        int calls = Integer.parseInt(options.getOrDefault("calls", "50"));
        int warmUpCalls = Integer.parseInt(options.getOrDefault("warm-up-calls", "20"));
        String machine = BenchMachine.describe(database, "the client");

        long before = System.nanoTime();
        seeder.fillClerkQueue(requests);
        seeder.fillOtherQueues(requests / 4);
        seeder.checkTrackingNumbers();
        double seedSeconds = (System.nanoTime() - before) / 1e9;
        progress.say(String.format(Locale.ROOT,
                "seeded %,d open requests in the clerk's unit and %,d in the others in %.1f s",
                seeder.openInClerkUnit(), seeder.openElsewhere(), seedSeconds));

        browser.signIn(CLERK, clerkPassword);
        Load.Call firstPage = () -> {
            String page = browser.page("workbench/queue.xhtml");
            int rows = count(ROW, page);
            if (rows != 20) {
                throw new JingwuClient.UnexpectedAnswer("The queue's first page showed " + rows + " requests, not 20");
            }
        };
        progress.say("warm-up (not counted)");
        progress.say(Load.count("ping, warm-up", 1, 2000, client::ping).line());
        progress.say(Load.count("queue page, warm-up", 1, warmUpCalls, firstPage).line());
        Figures ping = progress.show(Load.count("ping", 1, 2000, client::ping));
        Figures queue = progress.show(Load.count("queue page", 1, calls, firstPage));

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Machine: %s; load average %.2f at the end. Seeding: %.0f s.%n%n",
                machine, BenchMachine.loadAverage(), seedSeconds));
        out.append("| call | calls | median ms | p95 ms | median ÷ ping median | errors |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        out.append(String.format(Locale.ROOT, "| `GET /api/v1/ping` (trivial) | %d | %.2f | %.2f | 1 | %d |%n",
                ping.calls(), ping.medianMs(), ping.percentileMs(95), ping.errors()));
        out.append(String.format(Locale.ROOT, "| `GET /workbench/queue.xhtml` (first page of %,d) | %d | %.2f | %.2f | %.0f | %d |%n",
                requests, queue.calls(), queue.medianMs(), queue.percentileMs(95), queue.medianMs() / ping.medianMs(),
                queue.errors()));
        System.out.println();
        System.out.println(out);
        if (ping.errors() + queue.errors() > 0) {
            throw new IllegalStateException("calls failed: see bench/target/queue-page-server.log");
        }
        if (queue.percentileMs(95) >= 1000) {
            throw new IllegalStateException("the first page took a second or more (p95): the target is under one second");
        }
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
