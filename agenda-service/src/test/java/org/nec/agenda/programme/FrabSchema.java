package org.nec.agenda.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The frab {@code schedule.json} schema of {@code src/test/resources/frab}, as a validator. */
public final class FrabSchema {

    private static final Schema SCHEMA = load();

    private FrabSchema() {
    }

    /** What is wrong with {@code json}, one line per error; empty when it validates. */
    public static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    private static Schema load() {
        try (InputStream schema = FrabSchema.class.getResourceAsStream("/frab/schedule.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
