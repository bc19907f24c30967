package io.jingwu.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same calls measured by wrk (Debian's package), when it is installed: a client written in C costs the shared
 * cores far less per call than the harness's Java client, which matters most for the cheapest call. Ping measured
 * by the Java client is partly the client's own cost, so a ratio to it flatters every other call; the ratios to
 * wrk's ping are the ones to compare with figures taken with wrk elsewhere. Bodies and paths are written to files
 * that a Lua script cycles through, so that every call is a different submission or tracking number.
 */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern NOT_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final Path wrk;
    private final Path folder;

    private Wrk(Path wrk, Path folder) {
        this.wrk = wrk;
        this.folder = folder;
    }

    /** Empty when wrk is not on the PATH. */
    static Optional<Wrk> find() throws IOException {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(directory, "wrk");
            if (!directory.isEmpty() && Files.isExecutable(candidate)) {
                Path folder = Files.createTempDirectory("jingwu-wrk");
                folder.toFile().deleteOnExit();
                return Optional.of(new Wrk(candidate, folder));
            }
        }
        return Optional.empty();
    }

    /** {@code GET} of the path, the same every call. */
    Result get(String name, URI base, String path, int connections, Duration duration) throws IOException,
            InterruptedException {
        return run(name, base.resolve(path), connections, duration, null);
    }

    /** {@code GET} of each path in turn. */
    Result getEach(String name, URI base, List<String> paths, int connections, Duration duration)
            throws IOException, InterruptedException {
        Path lines = write("paths.txt", paths);
        return run(name, base, connections, duration, script(lines, "wrk.format(\"GET\", line)"));
    }

    /** {@code POST} of each JSON body in turn. */
    Result postEach(String name, URI target, List<String> bodies, int connections, Duration duration)
            throws IOException, InterruptedException {
        Path lines = write("bodies.txt", bodies);
        return run(name, target, connections, duration, script(lines,
                "wrk.format(\"POST\", nil, {[\"Content-Type\"] = \"application/json\"}, line)"));
    }

    private Path write(String file, List<String> lines) throws IOException {
        Path path = folder.resolve(file);
        Files.write(path, lines, StandardCharsets.UTF_8);
        path.toFile().deleteOnExit();
        return path;
    }

    /** Each wrk thread cycles through the lines from its own starting point. */
    private Path script(Path lines, String call) throws IOException {
        Path script = folder.resolve("cycle-" + lines.getFileName() + ".lua");
        Files.writeString(script, """
                local lines = {}
                for line in io.lines("%s") do lines[#lines + 1] = line end
                local threads = 0
                setup = function(thread)
                  thread:set("first", threads * 7919)
                  threads = threads + 1
                end
                init = function(args) next_line = first %% #lines end
                request = function()
                  next_line = next_line %% #lines + 1
                  local line = lines[next_line]
                  return %s
                end
                """.formatted(lines.toAbsolutePath(), call), StandardCharsets.UTF_8);
        script.toFile().deleteOnExit();
        return script;
    }

    private Result run(String name, URI target, int connections, Duration duration, Path script)
            throws IOException, InterruptedException {
        if (!"127.0.0.1".equals(target.getHost())) {
            throw new IllegalArgumentException("The benchmarks load loopback only, not " + target.getHost());
        }
        List<String> command = new ArrayList<>(List.of(wrk.toString(), "-t2", "-c" + connections,
                "-d" + Math.max(1, duration.toSeconds()) + "s", "--timeout", "30s", "--latency"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(target.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("wrk did not stop: " + command);
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher rate = RATE.matcher(out);
        if (process.exitValue() != 0 || !rate.find()) {
            throw new IOException("wrk failed (" + process.exitValue() + "): " + out);
        }
        double median = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(out);
        while (percentile.find()) {
            double ms = millis(Double.parseDouble(percentile.group(2)), percentile.group(3));
            if (percentile.group(1).equals("50")) {
                median = ms;
            } else {
                p99 = ms;
            }
        }
        long errors = 0;
        Matcher notOk = NOT_2XX.matcher(out);
        if (notOk.find()) {
            errors += Long.parseLong(notOk.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(out);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Long.parseLong(socket.group(group));
            }
        }
        return new Result(name, connections, Double.parseDouble(rate.group(1)), median, p99, errors);
    }

    private static double millis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    /** What wrk printed: calls per second, median and p99 latency, and the calls that failed. */
    record Result(String name, int connections, double perSecond, double medianMs, double p99Ms, long errors) {

        String line() {
            return String.format(Locale.ROOT, "%-30s %2d connections (wrk): %9.1f/s, median %7.2f ms, p99 %8.2f ms,"
                    + " %d errors", name, connections, perSecond, medianMs, p99Ms, errors);
        }
    }
}
