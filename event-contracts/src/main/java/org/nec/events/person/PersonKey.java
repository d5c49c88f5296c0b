package org.nec.events.person;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One person's own AES-256 key: what registration-service writes about them on the topics is encrypted with it
 * (AES-GCM, with associated data that binds a ciphertext to its registration and event type), so that deleting
 * the key, at erasure, leaves only ciphertext nobody can read. Wire form {@code P1.<nonce>.<ciphertext and tag>}.
 */
public record PersonKey(SecretKey secret) {

    private static final String VERSION = "P1";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public static PersonKey generate() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return new PersonKey(generator.generateKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key from its {@link #encoded()} form; {@link IllegalArgumentException} if it is not one. */
    public static PersonKey decode(String encoded) {
        byte[] bytes = DECODER.decode(encoded);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("Not a person key");
        }
        return new PersonKey(new SecretKeySpec(bytes, "AES"));
    }

    public String encoded() {
        return ENCODER.encodeToString(secret.getEncoded());
    }

    String encrypt(String clear, String associated) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, secret, new GCMParameterSpec(128, nonce));
            aes.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return VERSION + "." + ENCODER.encodeToString(nonce) + "."
                    + ENCODER.encodeToString(aes.doFinal(clear.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data", e);
        }
    }

    /** {@link IllegalArgumentException} if it is not this key's ciphertext for {@code associated}, or altered. */
    String decrypt(String encrypted, String associated) {
        String[] parts = encrypted.split("\\.");
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("Not encrypted personal data");
        }
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, secret, new GCMParameterSpec(128, DECODER.decode(parts[1])));
            aes.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return new String(aes.doFinal(DECODER.decode(parts[2])), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot decrypt personal data", e);
        }
    }

    @Override
    public String toString() {
        return "PersonKey[***]";
    }
}
