package org.nec.events.seal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets that cross a topic for one reader only (an attendee's manage link, their check-in code): whoever reads
 * the topic sees ciphertext. Values are encrypted with AES-256-GCM under a data key wrapped with RSA-OAEP (SHA-256)
 * for the reader's public key; the registration id and the field's name are authenticated with each value, so a
 * sealed value cannot be passed off as another registration's or another field's. The producer holds the public
 * key only and cannot open what it sealed; the reader holds the private key. Wire form:
 * {@code S1.<wrapped key>.<nonce>.<ciphertext and tag>}, each part base64url.
 * <p>
 * The values sealed for one reader about one registration share a data key, each with a fresh nonce: the sealer
 * keeps the data keys of its recent registrations, and the opener the keys it unwrapped, so the RSA private-key
 * operation (milliseconds, where AES takes microseconds) runs once per registration instead of once per value.
 */
public final class SealedSecrets {

    /** The names sealed values are bound to. */
    public static final String MANAGE_URL = "manageUrl";
    public static final String CHECK_IN_CODE = "checkInCode";
    public static final String PERSON_KEY = "personKey";

    private static final String VERSION = "S1";
    private static final String RSA = "RSA/ECB/OAEPWithSHA-256AndMGF1Padding";
    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Registrations whose data keys are kept, per reader: enough for the events around each new registration. */
    private static final int KEPT_KEYS = 4_096;
    private static final Recent<Recipient, DataKey> DATA_KEYS = new Recent<>(KEPT_KEYS);
    private static final Recent<Wrapped, SecretKey> UNWRAPPED = new Recent<>(KEPT_KEYS);

    private SealedSecrets() {
    }

    /** Seals for the holder of the private key matching {@code publicKey}. */
    public record Sealer(PublicKey publicKey) {

        /** The sealed form of {@code clear} (null stays null). */
        public String seal(String clear, String registrationId, String field) {
            if (clear == null) {
                return null;
            }
            try {
                DataKey key = DATA_KEYS.computeIfAbsent(new Recipient(publicKey, registrationId), r -> wrapped(publicKey));
                byte[] nonce = new byte[12];
                RANDOM.nextBytes(nonce);
                Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
                aes.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(128, nonce));
                aes.updateAAD(associated(registrationId, field));
                byte[] sealed = aes.doFinal(clear.getBytes(StandardCharsets.UTF_8));
                return VERSION + "." + key.wrapped() + "." + ENCODER.encodeToString(nonce) + "."
                        + ENCODER.encodeToString(sealed);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot seal " + field, e);
            }
        }

        private static DataKey wrapped(PublicKey publicKey) {
            try {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256, RANDOM);
                SecretKey key = generator.generateKey();
                Cipher rsa = Cipher.getInstance(RSA);
                rsa.init(Cipher.ENCRYPT_MODE, publicKey, OAEP);
                return new DataKey(key, ENCODER.encodeToString(rsa.doFinal(key.getEncoded())));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot make a data key", e);
            }
        }
    }

    /** Opens what was sealed for {@code privateKey}. */
    public record Opener(PrivateKey privateKey) {

        /**
         * The clear value; {@link IllegalArgumentException} when it is not a sealed value, was sealed for another
         * key, another registration or another field, or was altered.
         */
        public String open(String sealed, String registrationId, String field) {
            String[] parts = sealed == null ? new String[0] : sealed.split("\\.");
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("Not a sealed value");
            }
            try {
                SecretKey key = UNWRAPPED.get(new Wrapped(privateKey, parts[1]));
                if (key == null) {
                    Cipher rsa = Cipher.getInstance(RSA);
                    rsa.init(Cipher.DECRYPT_MODE, privateKey, OAEP);
                    key = new SecretKeySpec(rsa.doFinal(DECODER.decode(parts[1])), "AES");
                }
                Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
                aes.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, DECODER.decode(parts[2])));
                aes.updateAAD(associated(registrationId, field));
                String clear = new String(aes.doFinal(DECODER.decode(parts[3])), StandardCharsets.UTF_8);
                // kept once it opened a value: a key that never did is not worth a place
                UNWRAPPED.put(new Wrapped(privateKey, parts[1]), key);
                return clear;
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new IllegalArgumentException("Cannot open the sealed " + field, e);
            }
        }

        /** Seals for this opener, to keep a value that arrived in clear (from an older producer) sealed at rest. */
        public Sealer sealer() {
            if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalStateException("The private key does not carry its public half");
            }
            try {
                return new Sealer(KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent())));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A public key as configured: base64 of its X.509 (SubjectPublicKeyInfo) encoding. */
    public static Sealer sealer(String setting, String name) {
        try {
            return new Sealer(KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(decodeSetting(setting, name))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name + " is not an RSA public key (base64 of its X.509 encoding)", e);
        }
    }

    /** A private key as configured: base64 of its PKCS#8 encoding. */
    public static Opener opener(String setting, String name) {
        try {
            return new Opener(KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(decodeSetting(setting, name))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name + " is not an RSA private key (base64 of its PKCS#8 encoding)", e);
        }
    }

    /** A new key pair, as {@code ./nec up} makes once per platform. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The setting's form of a key: base64 of its standard encoding. */
    public static String setting(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static byte[] decodeSetting(String setting, String name) {
        if (setting == null || setting.isBlank()) {
            throw new IllegalStateException(name + " is not set: the key manage links and check-in codes are "
                    + "sealed with on the topics (./nec up generates one; see the README's Security section)");
        }
        try {
            return Base64.getMimeDecoder().decode(setting.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64", e);
        }
    }

    private static byte[] associated(String registrationId, String field) {
        return (registrationId + "\n" + field).getBytes(StandardCharsets.UTF_8);
    }

    private record Recipient(PublicKey reader, String registrationId) {
    }

    private record DataKey(SecretKey key, String wrapped) {
    }

    private record Wrapped(PrivateKey reader, String wrappedKey) {
    }

    /** The most recently used entries, up to a number. */
    private static final class Recent<K, V> {

        private final Map<K, V> entries;

        Recent(int capacity) {
            this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > capacity;
                }
            };
        }

        synchronized V get(K key) {
            return entries.get(key);
        }

        synchronized void put(K key, V value) {
            entries.put(key, value);
        }

        synchronized V computeIfAbsent(K key, java.util.function.Function<K, V> make) {
            return entries.computeIfAbsent(key, make);
        }
    }
}
