package org.nec.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Points a context of a test annotated {@link EmbeddedInfrastructure} at the shared infrastructure. */
class EmbeddedInfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, EmbeddedInfrastructure.class)
                ? new Customizer() : null;
    }

    private static final class Customizer implements ContextCustomizer {

        private static final AtomicInteger CONTEXTS = new AtomicInteger();

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String database = "test-" + CONTEXTS.incrementAndGet();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedInfrastructure",
                    Map.of("spring.kafka.bootstrap-servers", Infrastructure.kafkaBootstrapServers(),
                            "spring.mongodb.uri", Infrastructure.mongoUri(database),
                            "spring.mail.host", "127.0.0.1",
                            "spring.mail.port", Infrastructure.mail().smtpPort(),
                            "nec.organiser.password", TestAccounts.ORGANISER_PASSWORD)));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
