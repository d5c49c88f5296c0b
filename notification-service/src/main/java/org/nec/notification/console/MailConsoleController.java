package org.nec.notification.console;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nec.notification.edition.EditionCopies;
import org.nec.notification.message.DeliveryLog;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.NotificationStatus;
import org.nec.notification.message.RetryOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organiser's mail console: the delivery log searched by address, status and type, paged, with the failed
 * messages and a button to send each again. Works without script: plain forms, post-redirect-get.
 */
@Controller
class MailConsoleController {

    /** The failed messages shown at the top; the rest are one click away, as a search. */
    private static final int FAILED_SHOWN = 10;

    private final DeliveryLog log;
    private final EditionCopies edition;
    private final Retries retries;

    MailConsoleController(DeliveryLog log, EditionCopies edition, Retries retries) {
        this.log = log;
        this.edition = edition;
        this.retries = retries;
    }

    @GetMapping(MailFilter.PATH)
    String console(@ModelAttribute("filter") MailFilter filter, @RequestParam(required = false) String done,
                   @RequestParam(required = false) String refused, Locale locale, Model model) {
        String lang = locale.getLanguage();
        Map<String, String> errors = filter.errors();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(edition.zone());
        DeliveryLog.Page page = errors.isEmpty() ? log.page(filter.search(), filter.pageNumber())
                : new DeliveryLog.Page(List.of(), 1, false);
        boolean onlyFailed = errors.isEmpty() && filter.search().status() == NotificationStatus.FAILED;
        model.addAttribute("lang", lang);
        model.addAttribute("path", filter.url(page.number()));
        model.addAttribute("errors", errors);
        model.addAttribute("done", "retried".equals(done) ? done : null);
        model.addAttribute("refused", refusal(refused));
        model.addAttribute("statuses", NotificationStatus.values());
        model.addAttribute("types", MessageType.values());
        model.addAttribute("rows", page.messages().stream().map(m -> LogRow.of(m, format)).toList());
        model.addAttribute("page", page.number());
        model.addAttribute("previousUrl", page.number() > 1 ? filter.url(page.number() - 1, lang) : null);
        model.addAttribute("nextUrl", page.hasNext() ? filter.url(page.number() + 1, lang) : null);
        model.addAttribute("showFailed", !onlyFailed);
        if (!onlyFailed) {
            model.addAttribute("failedCount", log.failedCount());
            model.addAttribute("failed", log.failed(FAILED_SHOWN).stream().map(m -> LogRow.of(m, format)).toList());
            model.addAttribute("allFailedUrl", new MailFilter(null, NotificationStatus.FAILED.name(), null, null)
                    .url(1, lang));
        }
        return "mail-console";
    }

    /** Sends a failed message again, then back to the same search with a notice of what happened. */
    @PostMapping(MailFilter.PATH + "/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable String id, @ModelAttribute("filter") MailFilter filter, Locale locale) {
        RetryOutcome outcome = retries.retry(id);
        String back = outcome == RetryOutcome.RETRIED
                ? filter.url(filter.pageNumber(), locale.getLanguage(), "done", "retried")
                : filter.url(filter.pageNumber(), locale.getLanguage(), "refused", refusalOf(outcome));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(back)).build();
    }

    private static String refusalOf(RetryOutcome outcome) {
        return switch (outcome) {
            case UNKNOWN -> "unknown";
            case ERASED -> "erased";
            case NOT_FAILED, RETRIED -> "not-failed";
        };
    }

    /** Only the refusals the page words: a hand-edited address shows nothing rather than a missing text. */
    private static String refusal(String refused) {
        return refused != null && List.of("unknown", "erased", "not-failed").contains(refused) ? refused : null;
    }
}
