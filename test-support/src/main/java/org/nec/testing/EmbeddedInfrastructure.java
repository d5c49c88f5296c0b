package org.nec.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.annotation.DirtiesContext;

/**
 * Gives a Spring Boot test a real Kafka broker (KRaft, its own process), a MongoDB-wire store and an SMTP/IMAP
 * server, all on free loopback ports, shared by every test of the JVM. Each application context gets a database
 * of its own and is closed after its test class: its Kafka listeners share the service's consumer group, so only
 * one context at a time may hold the partitions, or another context's listener would take the class's events.
 * See {@link Infrastructure} for direct access.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface EmbeddedInfrastructure {
}
