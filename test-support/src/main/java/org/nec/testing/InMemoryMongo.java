package org.nec.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nec.localstack.MongoStore;
import org.nec.localstack.Ports;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A MongoDB wire-protocol store in memory for a test class, no Spring: for the unit tests of the classes that own
 * an aggregate's conditional updates, which need a real store to run them. Register it as a static field with
 * {@code @RegisterExtension}; each test takes a database of its own with {@link #template(String)}.
 */
public final class InMemoryMongo implements BeforeAllCallback, AfterAllCallback {

    private MongoStore store;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        store = MongoStore.inMemory(Ports.free());
        client = MongoClients.create(store.uri(""));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        store.close();
    }

    public MongoTemplate template(String database) {
        return new MongoTemplate(client, database);
    }
}
