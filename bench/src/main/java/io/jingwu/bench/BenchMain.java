package io.jingwu.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every benchmark's {@code main} does around its measurement: options, a time limit, an exit code. */
final class BenchMain {

    /** The measurement itself. */
    interface Run {
        void run() throws Exception;
    }

    private BenchMain() {
    }

    /** {@code --name=value} (or {@code --name} for true) options; anything else ends the process with the usage. */
    static Map<String, String> options(String[] args, List<String> known, String usage) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") ? (equals < 0 ? arg.substring(2) : arg.substring(2, equals)) : "";
            if (!known.contains(name)) {
                System.err.println("Unknown argument: " + arg);
                System.err.println(usage);
                System.exit(2);
            }
            options.put(name, equals < 0 ? "true" : arg.substring(equals + 1));
        }
        return options;
    }

    /**
     * Runs the measurement and ends the process: the HTTP clients' threads would keep the JVM alive, and the
     * shutdown hooks stop the server if it still runs. A hung server or database must not hold the machine: past
     * the limit the whole process ends.
     */
    static void runWithin(Duration limit, Run run) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("Time limit of " + limit.toMinutes() + " min reached: stopping.");
            System.exit(3);
        }, "time-limit");
        watchdog.setDaemon(true);
        watchdog.start();
        int exitCode = 0;
        try {
            run.run();
        } catch (Exception e) {
            System.err.println("The benchmark failed: " + e);
            exitCode = 1;
        }
        System.exit(exitCode);
    }
}
