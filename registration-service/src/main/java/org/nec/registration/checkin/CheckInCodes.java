package org.nec.registration.checkin;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The content of an attendee's check-in QR code: {@code NEC1.<registrationId>.<signature>}, signed with a key
 * only this service knows, so a code cannot be made up from a registration id. The key is created once and kept
 * in this service's database, shared by all its instances.
 */
@Component
public class CheckInCodes {

    private static final String PREFIX = "NEC1";
    private static final String KEY_ID = "check-in-key";

    private final MongoTemplate mongo;
    private volatile byte[] key;

    CheckInCodes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public String codeFor(String registrationId) {
        return PREFIX + "." + registrationId + "." + signature(registrationId);
    }

    /** The registration a scanned code belongs to, if the code is genuine. */
    public Optional<String> registrationOf(String code) {
        String[] parts = code == null ? new String[0] : code.strip().split("\\.");
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            return Optional.empty();
        }
        boolean genuine = MessageDigest.isEqual(signature(parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(parts[1]) : Optional.empty();
    }

    private String signature(String registrationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] full = mac.doFinal(registrationId.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (key == null) {
            SigningKey stored = mongo.findOne(query(where("_id").is(KEY_ID)), SigningKey.class);
            if (stored == null) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    stored = mongo.insert(new SigningKey(KEY_ID, Base64.getEncoder().encodeToString(fresh)));
                } catch (DuplicateKeyException anotherInstanceWasFirst) {
                    stored = mongo.findOne(query(where("_id").is(KEY_ID)), SigningKey.class);
                }
            }
            key = Base64.getDecoder().decode(stored.value());
        }
        return key;
    }

    @Document("keys")
    record SigningKey(@Id String id, String value) {
    }
}
