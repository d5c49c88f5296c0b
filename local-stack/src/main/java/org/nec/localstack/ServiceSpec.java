package org.nec.localstack;

import java.nio.file.Path;

/** One of the platform's services: its name, HTTP port, runnable jar and its own database. */
public record ServiceSpec(String name, int port, Path jar, String database) {

    public String url() {
        return "http://" + Ports.LOOPBACK + ":" + port;
    }

    static ServiceSpec in(Path root, String name, int port) {
        return new ServiceSpec(name, port, root.resolve(name + "-service/target/" + name + "-service-exec.jar"),
                name);
    }
}
