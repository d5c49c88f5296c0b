package org.nec.localstack;

import java.nio.file.Path;

/**
 * {@code StoreOnFailingDisk <port> <file> <marker>}: the store's own main loop on a file whose writes fail as on a
 * full disk while {@code marker} exists.
 */
final class StoreOnFailingDisk {

    private StoreOnFailingDisk() {
    }

    public static void main(String[] args) throws Exception {
        FailingFilePath.register();
        FailingFilePath.fullWhileExists(Path.of(args[2]));
        MongoStore.serve(Integer.parseInt(args[0]), FailingFilePath.SCHEME + ":" + args[1], Durability.COMMIT);
    }
}
