package org.nec.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key pairs secrets are sealed with on the topics, each made once per platform and kept under the state
 * directory (readable by its owner only): {@code link-key.pub} and {@code link-key}, for the manage links and
 * check-in codes notification-service alone opens (and each person's key, for it); {@code agenda-key.pub} and
 * {@code agenda-key}, for each person's key as agenda-service opens it. registration-service gets the public keys
 * (it seals), each reader its private one; a key set in the environment is used instead.
 */
final class LinkKeys {

    static final String PUBLIC_ENV = "NEC_LINK_PUBLIC_KEY";
    static final String PRIVATE_ENV = "NEC_LINK_PRIVATE_KEY";
    static final String AGENDA_PUBLIC_ENV = "NEC_AGENDA_PUBLIC_KEY";
    static final String AGENDA_PRIVATE_ENV = "NEC_AGENDA_PRIVATE_KEY";

    private record Pair(String file, String publicEnv, String privateEnv, String reader) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("link-key", PUBLIC_ENV, PRIVATE_ENV, "notification"),
            new Pair("agenda-key", AGENDA_PUBLIC_ENV, AGENDA_PRIVATE_ENV, "agenda"));

    private LinkKeys() {
    }

    /** The keys this service needs, as its environment variables; none for the others. */
    static synchronized Map<String, String> forService(Path stateDir, String service, Map<String, String> settings) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Pair pair : PAIRS) {
            boolean sealer = service.equals("registration");
            String name = sealer ? pair.publicEnv() : service.equals(pair.reader()) ? pair.privateEnv() : null;
            if (name == null || settings.containsKey(name)) {
                continue;
            }
            Path publicFile = stateDir.resolve(pair.file() + ".pub");
            Path privateFile = stateDir.resolve(pair.file());
            try {
                if (!Files.exists(publicFile) || !Files.exists(privateFile)) {
                    create(publicFile, privateFile);
                }
                env.put(name, Files.readString(sealer ? publicFile : privateFile).strip());
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("Cannot read or create the keys " + pair.file() + " in " + stateDir,
                        e);
            }
        }
        return Map.copyOf(env);
    }

    private static void create(Path publicFile, Path privateFile) throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(publicFile.getParent());
        write(privateFile, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        write(publicFile, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
    }

    private static void write(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(temporary, content + "\n");
        temporary.toFile().setReadable(false, false);
        temporary.toFile().setReadable(true, true);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
