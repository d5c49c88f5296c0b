package org.nec.localstack;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * One component's output: appended to {@code <name>.log}, which becomes {@code <name>.log.1} once it passes a
 * size (three old files kept), and echoed to the console prefixed with the component's name when asked. The last
 * lines are kept in memory to explain a failure.
 */
public final class ComponentLog {

    static final long ROTATE_AT = 10L * 1024 * 1024;
    static final int KEEP = 3;
    private static final int TAIL = 20;

    private final String name;
    private final Path file;
    private final PrintStream console;
    private final boolean echo;
    private final long rotateAt;
    private final Deque<String> tail = new ArrayDeque<>();
    private OutputStream stream;
    private long size;
    private boolean broken;

    ComponentLog(String name, Path file, PrintStream console, boolean echo, long rotateAt) {
        this.name = name;
        this.file = file;
        this.console = console;
        this.echo = echo;
        this.rotateAt = rotateAt;
    }

    /** Everything on {@code out}, prefixed, no file: for a component a test starts on its own. */
    public static ComponentLog console(String name, PrintStream out) {
        return new ComponentLog(name, null, out, true, ROTATE_AT);
    }

    /** {@code <dir>/<name>.log}, also echoed to {@code console} when {@code echo}. */
    public static ComponentLog file(String name, Path dir, PrintStream console, boolean echo) {
        return new ComponentLog(name, dir.resolve(name + ".log"), console, echo, ROTATE_AT);
    }

    public String name() {
        return name;
    }

    /** The current file, or null when the output goes to the console only. */
    public Path file() {
        return file;
    }

    public boolean echoes() {
        return echo;
    }

    /** How the console shows a line of this component's: the same prefix in the live stream and in reports. */
    public String prefixed(String line) {
        return String.format("%-13s| %s", name, line);
    }

    public synchronized void line(String line) {
        if (echo) {
            console.println(prefixed(line));
        }
        tail.addLast(line);
        if (tail.size() > TAIL) {
            tail.removeFirst();
        }
        write(line);
    }

    /** A line for the file only, e.g. where a restart begins. */
    public synchronized void mark(String line) {
        write(line);
    }

    /** The last lines written, oldest first. */
    public synchronized List<String> tail() {
        return List.copyOf(tail);
    }

    public synchronized void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // the lines were flushed as they came; nothing left to save
            }
            stream = null;
        }
    }

    private void write(String line) {
        if (file == null || broken) {
            return;
        }
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (stream == null) {
                open();
            }
            if (size > 0 && size + bytes.length > rotateAt) {
                rotate();
            }
            stream.write(bytes);
            // flushed line by line so the file can be followed (tail -f) and nothing is lost if the launcher dies
            stream.flush();
            size += bytes.length;
        } catch (IOException e) {
            // a full disk must not stop the component; say once that its output is being lost
            broken = true;
            console.println("[nec] cannot write " + file + " (" + e.getMessage() + "): " + name + "'s output is lost");
        }
    }

    private void open() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        stream = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND));
        size = Files.size(file);
    }

    private void rotate() throws IOException {
        close();
        for (int i = KEEP - 1; i >= 1; i--) {
            Path older = rotated(i);
            if (Files.exists(older)) {
                Files.move(older, rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, rotated(1), StandardCopyOption.REPLACE_EXISTING);
        open();
    }

    private Path rotated(int generation) {
        return file.resolveSibling(file.getFileName() + "." + generation);
    }
}
