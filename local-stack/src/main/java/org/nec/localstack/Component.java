package org.nec.localstack;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One component of the running platform: how to start it, again on the same ports, environment and data after
 * a crash, and how to tell that it answers. Once stopped it is never started again, so a restart that was
 * waiting cannot bring it back while the platform stops.
 */
final class Component {

    private final String name;
    private final boolean infrastructure;
    private final ComponentLog log;
    private final Supplier<ChildProcess> launcher;
    private final BooleanSupplier answers;
    private final RestartPolicy policy = RestartPolicy.standard();
    private ChildProcess current;
    private boolean stopped;

    Component(String name, boolean infrastructure, ComponentLog log, Supplier<ChildProcess> launcher,
              BooleanSupplier answers) {
        this.name = name;
        this.infrastructure = infrastructure;
        this.log = log;
        this.launcher = launcher;
        this.answers = answers;
    }

    String name() {
        return name;
    }

    boolean infrastructure() {
        return infrastructure;
    }

    ComponentLog log() {
        return log;
    }

    RestartPolicy policy() {
        return policy;
    }

    /** Starts a new process for it; null once it has been stopped. */
    synchronized ChildProcess launch() {
        if (stopped) {
            return null;
        }
        current = launcher.get();
        return current;
    }

    synchronized boolean isStopped() {
        return stopped;
    }

    synchronized boolean isAlive() {
        return current != null && current.isAlive();
    }

    synchronized ChildProcess current() {
        return current;
    }

    boolean answers() {
        return answers.getAsBoolean();
    }

    /** Stops it for good: no launch after this one. Waits for the process to end, outside the lock. */
    void stop() {
        ChildProcess process;
        synchronized (this) {
            stopped = true;
            process = current;
        }
        if (process != null) {
            process.stop();
        }
    }
}
