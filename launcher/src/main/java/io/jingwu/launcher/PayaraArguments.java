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
