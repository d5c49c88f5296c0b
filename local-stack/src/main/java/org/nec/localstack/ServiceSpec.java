package org.nec.localstack;

import java.nio.file.Path;

/** One of the platform's services: its name, HTTP port, runnable jar and its own database (none for the front door). */
public record ServiceSpec(String name, int port, Path jar, String database) {

    public String url() {
        return "http://" + Ports.LOOPBACK + ":" + port;
    }

    /** How the launcher names it in its messages. */
    public String label() {
        return database == null ? name : name.replace(database, database + "-service");
    }

    static ServiceSpec frontDoor(Path root, int port) {
        return new ServiceSpec("gateway", port, root.resolve("gateway/target/gateway-exec.jar"), null);
    }

    static ServiceSpec in(Path root, String name, int port) {
        return in(root, name, port, 1);
    }

    /** Instance {@code n} of a service: the first bears the service's name, the next ones {@code agenda-2}... */
    static ServiceSpec in(Path root, String name, int port, int instance) {
        return new ServiceSpec(instance == 1 ? name : name + "-" + instance, port,
                root.resolve(name + "-service/target/" + name + "-service-exec.jar"), name);
    }
}
