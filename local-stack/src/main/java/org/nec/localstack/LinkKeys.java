package org.nec.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The key pair manage links and check-in codes are sealed with on the topics: made once per platform and kept
 * under the state directory ({@code link-key.pub}, {@code link-key}, readable by its owner only).
 * registration-service gets the public key (it seals), notification-service the private one (it opens); a key
 * set in the environment ({@code NEC_LINK_PUBLIC_KEY}, {@code NEC_LINK_PRIVATE_KEY}) is used instead.
 */
final class LinkKeys {

    static final String PUBLIC_ENV = "NEC_LINK_PUBLIC_KEY";
    static final String PRIVATE_ENV = "NEC_LINK_PRIVATE_KEY";

    private LinkKeys() {
    }

    /** The key this service needs, as its environment variable; none for the others. */
    static synchronized Map<String, String> forService(Path stateDir, String service, Map<String, String> settings) {
        String env = switch (service) {
            case "registration" -> PUBLIC_ENV;
            case "notification" -> PRIVATE_ENV;
            default -> null;
        };
        if (env == null || settings.containsKey(env)) {
            return Map.of();
        }
        Path publicFile = stateDir.resolve("link-key.pub");
        Path privateFile = stateDir.resolve("link-key");
        try {
            if (!Files.exists(publicFile) || !Files.exists(privateFile)) {
                create(publicFile, privateFile);
            }
            return Map.of(env, Files.readString(env.equals(PUBLIC_ENV) ? publicFile : privateFile).strip());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot read or create the link keys in " + stateDir, e);
        }
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
