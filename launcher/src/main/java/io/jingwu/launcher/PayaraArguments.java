package io.jingwu.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Payara Micro command line: the war deployed at the context root {@code /}, the HTTP port, then
 * every option the user gave, passed through unchanged.
 *
 * <p>{@code --deploy <war>:/} sets the context root of that one deployment (Payara Micro splits the
 * value at the path separator); it takes precedence over {@code --contextroot}, so a user's own
 * {@code --contextroot} for other deployments does not move the application. A {@code --port} on
 * the command line wins over {@code JINGWU_PORT}.
 */
record PayaraArguments(List<String> arguments, int httpPort) {

    private static final String PORT_OPTION = "--port";
    /** Options after which Payara Micro prints something or writes a file and does not serve. */
    private static final Set<String> NON_SERVING_OPTIONS =
            Set.of("--help", "--version", "--outputuberjar", "--outputlauncher");
    /** Turns Payara Micro's data grid (Hazelcast) off altogether: no clustering, no grid to start. */
    static final String NO_DATA_GRID = "--nohazelcast";
    /** Options by which a user asks for the data grid, or for a cluster, in some form. */
    private static final Set<String> DATA_GRID_OPTIONS = Set.of(NO_DATA_GRID, "--nocluster", "--lite",
            "--clustermode", "--clustername", "--mcaddress", "--mcport", "--startport", "--hzconfigfile",
            "--hzpublicaddress", "--hzinitialjoinwait", "--interfaces", "--hostaware", "--nohostaware",
            "--instancegroup");

    PayaraArguments {
        arguments = List.copyOf(arguments);
    }

    static PayaraArguments of(Path war, int configuredPort, String... userArguments) throws StartupFailure {
        List<String> user = Arrays.asList(userArguments);
        int portIndex = indexOfOption(user, PORT_OPTION);
        List<String> arguments = new ArrayList<>();
        arguments.add("--deploy");
        arguments.add(war + java.io.File.pathSeparator + "/");
        int port = configuredPort;
        if (portIndex < 0) {
            arguments.add(PORT_OPTION);
            arguments.add(String.valueOf(configuredPort));
        } else {
            port = portValue(user, portIndex);
        }
        arguments.addAll(user);
        return new PayaraArguments(arguments, port);
    }

    /**
     * The same command line without Payara Micro's data grid, unless the user gave an option about it. For the
     * embedded database: only one server can use its data folder, so there is no second instance to cluster
     * with, while the grid costs seconds at every start and, left on, joins any other Payara Micro it finds on
     * the network. The application keeps nothing in the grid (sessions in memory, timers not persistent).
     */
    PayaraArguments withoutDataGrid() {
        boolean asked = arguments.stream().map(argument -> argument.toLowerCase(Locale.ROOT))
                .anyMatch(DATA_GRID_OPTIONS::contains);
        if (asked) {
            return this;
        }
        List<String> without = new ArrayList<>(arguments);
        without.add(NO_DATA_GRID);
        return new PayaraArguments(without, httpPort);
    }

    /** True when Payara Micro is only asked to print help or its version, or to package a jar. */
    static boolean isNonServing(String... userArguments) {
        return Arrays.stream(userArguments).map(argument -> argument.toLowerCase(Locale.ROOT))
                .anyMatch(NON_SERVING_OPTIONS::contains);
    }

    private static int indexOfOption(List<String> arguments, String option) {
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).equalsIgnoreCase(option)) {
                return i;
            }
        }
        return -1;
    }

    private static int portValue(List<String> arguments, int optionIndex) throws StartupFailure {
        String value = optionIndex + 1 < arguments.size() ? arguments.get(optionIndex + 1) : "";
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new StartupFailure(PORT_OPTION + " must be followed by a TCP port number from 1 to 65535, not '"
                + value + "'");
    }
}
