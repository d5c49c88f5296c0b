package org.nec.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * What durable acknowledgements cost the local MongoDB-wire store: inserts/s and conditional updates/s on one hot
 * document, with 1 and 16 clients, for each durability of the store (H2's background commit, a commit before each
 * reply, a commit and an fsync). Each durability gets a fresh store process on a fresh file. Then conditional updates
 * by {@code _id} plus a condition among 10,000 and 100,000 stored documents, with the default durability.
 *
 * <p>Usage: {@code StoreBench <local-stack classpath> <work dir> [seconds per figure] [durabilities...]},
 * defaults 10 s and {@code background commit sync}.
 */
public final class StoreBench {

    private static final List<Integer> CLIENTS = List.of(1, 16);
    private static final List<Integer> STORED = List.of(10_000, 100_000);
    private static final Pattern COMMITS = Pattern.compile("after (\\d+) durable commits");

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        String classpath = args[0];
        Path dir = Files.createDirectories(Path.of(args[1]));
        Duration measured = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        Duration warmUp = Duration.ofSeconds(3);
        List<String> durabilities = args.length > 3 ? List.of(args).subList(3, args.length) : List.of("background", "commit", "sync");

        System.out.printf("%-10s %7s %12s %9s %9s %12s %9s %9s%n", "durability", "clients",
                "inserts/s", "p50 ms", "p99 ms", "updates/s", "p50 ms", "p99 ms");
        for (String durability : durabilities) {
            Path file = dir.resolve("store-" + durability + "-" + System.currentTimeMillis() + ".mv.db");
            long writes = 0;
            String output;
            try (StoreProcess store = StoreProcess.start(classpath, file, durability);
                    MongoClient client = MongoClients.create(store.uri())) {
                for (int clients : CLIENTS) {
                    StoreLoad.Result inserts = StoreLoad.inserts(client, clients, warmUp, measured);
                    StoreLoad.Result updates = StoreLoad.conditionalUpdates(client, clients, warmUp, measured);
                    writes += Math.round((inserts.perSecond() + updates.perSecond()) * measured.toSeconds());
                    System.out.printf("%-10s %7d %12.0f %9.2f %9.2f %12.0f %9.2f %9.2f%n", durability, clients,
                            inserts.perSecond(), inserts.p50Millis(), inserts.p99Millis(),
                            updates.perSecond(), updates.p50Millis(), updates.p99Millis());
                }
                output = store.stop();
            }
            Matcher commits = COMMITS.matcher(output);
            if (commits.find()) {
                // warm-up writes commit too, so this slightly overstates writes per commit; it shows the sharing
                System.out.printf("%-10s %d durable commits for about %d measured writes, file %d KiB%n", durability,
                        Long.parseLong(commits.group(1)), writes, Files.size(file) / 1024);
            } else {
                System.out.printf("%-10s file %d KiB%n", durability, Files.size(file) / 1024);
            }
        }
        stored(classpath, dir, warmUp, measured);
    }

    /**
     * Conditional updates by {@code _id} plus a condition, with the default durability, as the stored documents grow:
     * the cost per update must not grow with them.
     */
    private static void stored(String classpath, Path dir, Duration warmUp, Duration measured) throws Exception {
        System.out.printf("%nconditional update by _id + condition at N stored documents (durability commit)%n");
        System.out.printf("%9s %16s %7s %12s %9s %9s%n", "stored", "batch inserts/s", "clients", "updates/s", "p50 ms", "p99 ms");
        Path file = dir.resolve("store-stored-" + System.currentTimeMillis() + ".mv.db");
        try (StoreProcess store = StoreProcess.start(classpath, file, "commit");
                MongoClient client = MongoClients.create(store.uri())) {
            for (int stored : STORED) {
                double inserts = StoreLoad.store(client, stored);
                for (int clients : CLIENTS) {
                    StoreLoad.Result updates = StoreLoad.conditionalUpdatesAmong(client, stored, clients, warmUp, measured);
                    System.out.printf("%9d %16.0f %7d %12.0f %9.2f %9.2f%n", stored, inserts, clients,
                            updates.perSecond(), updates.p50Millis(), updates.p99Millis());
                }
            }
            store.stop();
        }
    }
}
