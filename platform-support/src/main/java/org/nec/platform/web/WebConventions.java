package org.nec.platform.web;

import jakarta.validation.Validator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** How every service's web layer reads requests: strict JSON types, capped bodies, problem details. */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(ProblemDetailsAdvice.class)
@EnableConfigurationProperties(WebConventions.WebLimits.class)
public class WebConventions {

    @Bean
    MergePatches mergePatches(JsonMapper json, Validator validator) {
        return new MergePatches(json, validator);
    }

    @Bean
    JsonMapperBuilderCustomizer strictJsonTypes() {
        return new StrictJsonTypes();
    }

    /** Ahead of everything that could read the body, Spring Security's chain included. */
    @Bean
    FilterRegistrationBean<BodyCap> bodyCap(WebLimits limits) {
        FilterRegistrationBean<BodyCap> registration = new FilterRegistrationBean<>(
                new BodyCap(limits.maxBody().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** @param maxBody the largest request body a service reads ({@code NEC_WEB_MAX_BODY}) */
    @ConfigurationProperties("nec.web")
    public record WebLimits(@DefaultValue("64KB") DataSize maxBody) {
    }
}
