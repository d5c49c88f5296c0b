package org.nec.platform.security;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * HMAC-SHA256 signatures (128 bits, base64url) with a key only this service knows, so a signed value cannot be
 * made up from an id. The key is created once and kept in the service's database ({@code keys}), shared by all
 * its instances; the first instance to store it wins.
 */
public final class Signatures {

    private final MongoTemplate mongo;
    private final String keyId;
    private volatile byte[] key;

    public Signatures(MongoTemplate mongo, String keyId) {
        this.mongo = mongo;
        this.keyId = keyId;
    }

    public String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] full = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compared in constant time. */
    public boolean isGenuine(String value, String signature) {
        return value != null && signature != null && MessageDigest.isEqual(
                sign(value).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] key() {
        if (key == null) {
            SigningKey stored = mongo.findOne(query(where("_id").is(keyId)), SigningKey.class);
            if (stored == null) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    stored = mongo.insert(new SigningKey(keyId, Base64.getEncoder().encodeToString(fresh)));
                } catch (DuplicateKeyException anotherInstanceWasFirst) {
                    stored = mongo.findOne(query(where("_id").is(keyId)), SigningKey.class);
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
