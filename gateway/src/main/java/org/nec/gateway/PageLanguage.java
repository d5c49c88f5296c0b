package org.nec.gateway;

import org.nec.websecurity.LangParameterLocale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The sign-in page is in French unless {@code ?lang=en} (or the form's {@code lang} field) asks for English. */
@Configuration(proxyBeanMethods = false)
class PageLanguage {

    @Bean
    LocaleResolver localeResolver() {
        return new LangParameterLocale();
    }
}
