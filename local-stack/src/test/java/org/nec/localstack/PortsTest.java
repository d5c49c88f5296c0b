package org.nec.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void freePortsStayOutOfTheRangeOutgoingConnectionsUse() {
        boolean linux = Files.exists(Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
        int firstEphemeral = Ports.ephemeralRange().map(range -> range[0]).orElse(49152);

        Set<Integer> ports = new HashSet<>();
        IntStream.range(0, 50).forEach(i -> ports.add(Ports.free()));

        assertThat(ports).as("each port handed out once").hasSize(50);
        assertThat(Ports.ephemeralRange().isPresent()).as("the range is read where the kernel states it")
                .isEqualTo(linux);
        assertThat(ports).allMatch(port -> port < firstEphemeral);
    }

    @Test
    void aFreePortCanBeListenedOn() throws IOException {
        int port = Ports.free();

        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getByName(Ports.LOOPBACK), port));
            assertThat(Ports.isListening(port)).isTrue();
        }
    }
}
