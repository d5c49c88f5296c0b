package org.nec.gateway;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The sign-in page is in French unless {@code ?lang=en} (or the form's {@code lang} field) asks for English. */
@Configuration(proxyBeanMethods = false)
class PageLanguage {

    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.FRENCH;
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The language is chosen by the lang parameter");
            }
        };
    }
}
