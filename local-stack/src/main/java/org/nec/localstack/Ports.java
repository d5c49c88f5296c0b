package org.nec.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/** Loopback port checks. Everything the platform runs locally binds 127.0.0.1 only. */
public final class Ports {

    public static final String LOOPBACK = "127.0.0.1";
    private static final int FIRST_CHOSEN = 10000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /**
     * A port that is free right now on the loopback address, taken below the kernel's ephemeral range when there
     * is room: an ephemeral port could meanwhile become the local end of some outgoing connection (a Kafka or
     * MongoDB client) and then refuse the server that was meant to listen on it. A port is handed out once per JVM.
     */
    public static int free() {
        // else the IANA dynamic range, which other systems use for outgoing connections
        int below = ephemeralRange().map(range -> range[0]).orElse(49152) - 1;
        if (below - FIRST_CHOSEN >= 1000) {
            for (int attempt = 0; attempt < 200; attempt++) {
                int port = ThreadLocalRandom.current().nextInt(FIRST_CHOSEN, below + 1);
                if (bindable(port) && HANDED_OUT.add(port)) {
                    return port;
                }
            }
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new IllegalStateException("No free port", e);
            }
        }
        throw new IllegalStateException("No free port");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The ports the kernel gives outgoing connections ({@code ip_local_port_range} on Linux), if it says. */
    static Optional<int[]> ephemeralRange() {
        Path file = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        try {
            // procfs reports a size of 0, which whole-file reads take at their word: read it line by line
            String[] bounds = Files.readAllLines(file).get(0).trim().split("\\s+");
            return Optional.of(new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Polls {@code ready} until it holds, the deadline passes or {@code stillRunning} says the component died.
     *
     * @return whether it became ready
     */
    static boolean await(BooleanSupplier ready, BooleanSupplier stillRunning, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (ready.getAsBoolean()) {
                return true;
            }
            if (!stillRunning.getAsBoolean()) {
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return ready.getAsBoolean();
    }
}
