package org.nec.localstack;

import java.io.PrintStream;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Brings back a component that died on its own once the platform is ready, as compose's
 * {@code restart: unless-stopped} would: after its {@link RestartPolicy}'s back-off, on the same ports,
 * environment and data, while the others keep running; or, when it keeps crashing, stops the platform.
 */
final class Restarts {

    private final PrintStream out;
    private final LocalStack stack;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "nec-restarts");
        thread.setDaemon(true);
        return thread;
    });

    Restarts(PrintStream out, LocalStack stack) {
        this.out = out;
        this.stack = stack;
    }

    /** {@code exit} says how it ended ("notification exited with code 137"). */
    void crashed(Component component, String exit) {
        RestartPolicy policy = component.policy();
        RestartPolicy.Decision decision = policy.crashed(Instant.now());
        if (!decision.restart()) {
            stack.fail(component, exit + "; it crashed " + policy.rule() + ", giving up");
            return;
        }
        out.printf("[nec] %s; restarting in %d s (%s)%n", exit, decision.delay().toSeconds(),
                policy.describe(decision));
        component.log().mark("---- [nec] " + exit + "; restarting in " + decision.delay().toSeconds() + " s");
        try {
            timer.schedule(() -> restart(component), decision.delay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the platform is stopping: nothing to bring back
        }
    }

    void close() {
        timer.shutdownNow();
    }

    private void restart(Component component) {
        if (stack.isStopping()) {
            return;
        }
        Instant restarted = Instant.now();
        try {
            if (!stack.launchAndWatch(component)) {
                return;
            }
        } catch (RuntimeException e) {
            stack.fail(component, component.name() + " could not be restarted: " + e.getMessage());
            return;
        }
        // wait for it on a thread of its own: another component's restart must not queue behind this one
        Thread watcher = new Thread(() -> {
            if (stack.answers(component, LocalStack.SERVICE_TIMEOUT)) {
                out.printf("[nec] %s ready again (%.1f s after its restart)%n", component.name(),
                        LocalStack.seconds(restarted));
            } else if (component.isAlive() && !stack.isStopping()) {
                out.printf("[nec] %s is running but gave no answer within %d s of its restart%n",
                        component.name(), LocalStack.SERVICE_TIMEOUT.toSeconds());
            }
        }, "nec-" + component.name() + "-ready");
        watcher.setDaemon(true);
        watcher.start();
    }
}
