package org.nec.platform.personkey;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** For the services that read registration events' personal fields: their copy of each person's key. */
@AutoConfiguration
@ConditionalOnProperty("nec.person-key.reader")
@EnableConfigurationProperties(PersonKeyProperties.class)
public class PersonKeyConfiguration {

    @Bean
    PersonKeys personKeys(MongoTemplate mongo, PersonKeyProperties properties) {
        return new PersonKeys(mongo, properties);
    }

    @Bean
    PersonKeyListener personKeyListener(PersonKeys keys) {
        return new PersonKeyListener(keys);
    }
}
