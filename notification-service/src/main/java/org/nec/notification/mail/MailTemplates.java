package org.nec.notification.mail;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders messages from {@code mail/<template>.html} and {@code .txt} with the texts of
 * {@code mail/messages_<lang>.properties}: every message exists in French and English, as HTML with a plain-text
 * alternative.
 */
@Component
public class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    MailTemplates() {
        messages.setBasename("mail/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    public String subject(String template, Locale locale, Object... arguments) {
        return messages.getMessage(template + ".subject", arguments, locale);
    }

    public RenderedMail render(String template, Locale locale, Map<String, Object> model) {
        Context context = new Context(locale, model);
        return new RenderedMail(engine.process(template + ".html", context),
                engine.process(template + ".txt", context));
    }

    public MessageSource messages() {
        return messages;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    /** A message body in both forms. */
    public record RenderedMail(String html, String text) {
    }
}
