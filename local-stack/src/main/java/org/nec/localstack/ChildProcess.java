package org.nec.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A component of the platform running as its own OS process, its output going to its {@link ComponentLog}.
 * Stopping sends SIGTERM so the component shuts down cleanly, and kills it only if it does not within the grace
 * period.
 */
public final class ChildProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final ComponentLog log;
    private volatile String lastError;

    private ChildProcess(String name, Process process, ComponentLog log) {
        this.name = name;
        this.process = process;
        this.log = log;
        Thread pump = new Thread(this::pump, name + "-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code java <jvmOptions> <arguments>} with the JVM this program runs on, its output on {@code out}. */
    public static ChildProcess startJava(String name, List<String> jvmOptions, List<String> arguments,
                                         Map<String, String> environment, Path workDir, PrintStream out) {
        return startJava(name, jvmOptions, arguments, environment, workDir, ComponentLog.console(name, out));
    }

    /** Starts {@code java <jvmOptions> <arguments>} with the JVM this program runs on, its output in {@code log}. */
    public static ChildProcess startJava(String name, List<String> jvmOptions, List<String> arguments,
                                         Map<String, String> environment, Path workDir, ComponentLog log) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs a short-lived java command to completion and returns its exit code. */
    public static int runJava(String name, List<String> jvmOptions, List<String> arguments, Path workDir,
                              ComponentLog log, Duration timeout) {
        ChildProcess child = startJava(name, jvmOptions, arguments, Map.of(), workDir, log);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.stop();
                throw new IllegalStateException(name + " did not finish within " + timeout);
            }
            return child.process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.stop();
            throw new IllegalStateException("Interrupted while running " + name, e);
        }
    }

    /** This JVM's classpath with absolute entries, so a child started in another directory finds it too. */
    public static String classpath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    public ComponentLog log() {
        return log;
    }

    /**
     * What the component last reported as going wrong: the description of a failed Spring Boot start, else its
     * last ERROR line; null when it reported nothing.
     */
    public String lastError() {
        return lastError;
    }

    /** SIGTERM, wait for a clean exit, then SIGKILL the whole tree if it hangs. Safe to call twice. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean describing = false;
            boolean described = false;
            while ((line = reader.readLine()) != null) {
                log.line(line);
                if (line.trim().equals("Description:")) {
                    describing = true;
                } else if (describing && !line.isBlank()) {
                    lastError = line.trim();
                    describing = false;
                    described = true;
                } else if (!described && line.contains(" ERROR ")) {
                    lastError = line.substring(line.indexOf(" ERROR ") + 1).trim();
                }
            }
        } catch (IOException e) {
            // the process went away; its exit is reported by whoever watches it
        }
    }
}
