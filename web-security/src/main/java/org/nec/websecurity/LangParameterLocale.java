package org.nec.websecurity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nec.events.Language;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Pages are in French unless {@code ?lang=en} (or the hidden {@code lang} field of a form) asks for English: the
 * platform's {@link Language} rule, for the front door's and the services' pages alike.
 */
public final class LangParameterLocale implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Language.of(request.getParameter("lang")).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen by the lang parameter");
    }
}
