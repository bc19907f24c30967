package io.jingwu.launcher;

import java.time.Duration;
import java.util.List;

import fish.payara.micro.PayaraMicroRuntime;
import fish.payara.micro.boot.PayaraMicroBoot;
import fish.payara.micro.boot.PayaraMicroLauncher;
import fish.payara.micro.data.ApplicationDescriptor;
import fish.payara.micro.data.InstanceDescriptor;

/**
 * Payara Micro in this JVM, booted through its own launcher so that every command-line option
 * keeps working; {@link PayaraMicroLauncher#create(String[])} returns once the deployments are done.
 */
final class PayaraServer {

    /** The thread Payara Micro registers to stop itself when the JVM shuts down. */
    private static final String PAYARA_SHUTDOWN_HOOK = "Payara Micro Shutdown Hook";
    private static final Duration HOOK_APPEARANCE = Duration.ofSeconds(2);

    /** Set as soon as booting begins, since Payara registers its shutdown hook early in the boot. */
    private static volatile boolean booted;

    private final PayaraMicroBoot boot;

    private PayaraServer(PayaraMicroBoot boot) {
        this.boot = boot;
    }

    static PayaraServer boot(List<String> arguments) throws StartupFailure {
        booted = true;
        try {
            return new PayaraServer(PayaraMicroLauncher.create(arguments.toArray(String[]::new)));
        } catch (Exception | LinkageError e) {
            Throwable innermost = e;
            while (innermost.getCause() != null) {
                innermost = innermost.getCause();
            }
            throw new StartupFailure("Payara Micro failed to start: " + innermost);
        }
    }

    /** Hands over to Payara Micro's own main, for runs that only print or package something. */
    static void handOver(String... arguments) throws Exception {
        PayaraMicroLauncher.main(arguments);
    }

    /**
     * Whether the application was deployed and loaded. The instance's own descriptor lists only
     * applications that loaded; the runtime's name list also keeps one whose loading failed.
     */
    boolean isDeployed(String application) {
        PayaraMicroRuntime runtime = boot.getRuntime();
        InstanceDescriptor instance = runtime.getLocalDescriptor();
        if (instance == null) {
            return runtime.getDeployedApplicationNames().contains(application);
        }
        return instance.getDeployedApplications().stream()
                .map(ApplicationDescriptor::getName)
                .anyMatch(application::equals);
    }

    /**
     * Waits, during JVM shutdown, until Payara Micro's own shutdown hook has stopped the server, so
     * that what is stopped next (the database) outlives the application; stopping Payara here as well
     * would race that hook. Returns at once when Payara Micro was never booted in this JVM.
     */
    static void awaitShutdownIfBooted(Duration limit) {
        if (!booted) {
            return;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        long appearBy = System.nanoTime() + HOOK_APPEARANCE.toNanos();
        try {
            // all shutdown hooks are started together, in no particular order: give Payara's a moment to appear
            Thread hook = findThread(PAYARA_SHUTDOWN_HOOK);
            while (hook == null && System.nanoTime() < appearBy) {
                Thread.sleep(20);
                hook = findThread(PAYARA_SHUTDOWN_HOOK);
            }
            if (hook != null) {
                hook.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread findThread(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> name.equals(thread.getName()) && thread.isAlive())
                .findFirst().orElse(null);
    }
}
