package org.nec.platform.web;

import org.nec.websecurity.LangParameterLocale;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;

/** Pages are in French unless {@code ?lang=en} (or the hidden {@code lang} field of a form) asks for English. */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication
public class PageLanguage {

    @Bean
    LocaleResolver localeResolver() {
        return new LangParameterLocale();
    }
}
