package org.nec.localstack;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * {@code Supervised <parentPid> <mainClass> <args...>}: runs {@code mainClass} and exits cleanly (shutdown hooks
 * run) as soon as the parent process is gone, so a launcher or test JVM that is killed leaves no broker, store
 * or mail server behind.
 */
public final class Supervised {

    private Supervised() {
    }

    public static void main(String[] args) throws Exception {
        long parentPid = Long.parseLong(args[0]);
        Thread watcher = new Thread(() -> {
            ProcessHandle.of(parentPid).ifPresentOrElse(parent -> parent.onExit().join(), () -> { });
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }
}
