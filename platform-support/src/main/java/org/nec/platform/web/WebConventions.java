package org.nec.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.validation.Validator;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorAttributes;
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
@Import({ProblemDetailsAdvice.class, StrictUtf8Bodies.class})
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

    /** Inside the body cap, outside Spring Security, whose firewall refusals it turns into problems. */
    @Bean
    FilterRegistrationBean<ApiErrorsAsProblems> apiErrorsAsProblems(ProblemDetailsAdvice advice,
            ObjectProvider<ErrorAttributes> errorAttributes, JsonMapper json) {
        FilterRegistrationBean<ApiErrorsAsProblems> registration = new FilterRegistrationBean<>(
                new ApiErrorsAsProblems(advice, errorAttributes, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            // the host adds its error report valve as it starts, before its contexts: swap it then
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() != null) {
                Pipeline pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve.getClass() == ErrorReportValve.class) {
                        pipeline.removeValve(valve);
                        pipeline.addValve(new ProblemErrorReportValve());
                    }
                }
            }
        }));
    }

    /** @param maxBody the largest request body a service reads ({@code NEC_WEB_MAX_BODY}) */
    @ConfigurationProperties("nec.web")
    public record WebLimits(@DefaultValue("64KB") DataSize maxBody) {
    }
}
