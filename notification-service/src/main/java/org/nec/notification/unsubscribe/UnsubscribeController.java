package org.nec.notification.unsubscribe;

import java.util.Locale;
import java.util.Map;

import org.nec.events.Language;
import org.nec.notification.contact.Contact;
import org.nec.notification.contact.Contacts;
import org.nec.notification.reminder.Reminders;
import org.nec.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Unsubscribing from the optional reminders (the event and session reminders; confirmations and change notices
 * still come). One click from the mail client (RFC 8058), or a page with a button: opening a link never
 * unsubscribes by itself, since mail scanners open links.
 */
@Controller
class UnsubscribeController {

    private final UnsubscribeLinks links;
    private final Contacts contacts;
    private final Reminders reminders;

    UnsubscribeController(UnsubscribeLinks links, Contacts contacts, Reminders reminders) {
        this.links = links;
        this.contacts = contacts;
        this.reminders = reminders;
    }

    @PostMapping(path = "/api/unsubscribe/{registrationId}/{signature}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> oneClick(@PathVariable String registrationId, @PathVariable String signature) {
        unsubscribe(contact(registrationId, signature));
        return Map.of("unsubscribed", true);
    }

    /** A mail client that cannot post opens the link: the page with the button. */
    @GetMapping("/api/unsubscribe/{registrationId}/{signature}")
    ResponseEntity<Void> openedInABrowser(@PathVariable String registrationId, @PathVariable String signature) {
        Contact contact = contact(registrationId, signature);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location",
                links.path(registrationId) + "?lang=" + language(contact)).build();
    }

    @GetMapping("/unsubscribe/{registrationId}/{signature}")
    String page(@PathVariable String registrationId, @PathVariable String signature, Locale locale, Model model) {
        Contact contact = contact(registrationId, signature);
        return show(contact, contact.unsubscribedFromReminders(), locale, model);
    }

    @PostMapping("/unsubscribe/{registrationId}/{signature}")
    String confirm(@PathVariable String registrationId, @PathVariable String signature, Locale locale,
                   Model model) {
        Contact contact = contact(registrationId, signature);
        unsubscribe(contact);
        return show(contact, true, locale, model);
    }

    private String show(Contact contact, boolean done, Locale locale, Model model) {
        String path = links.path(contact.registrationId());
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("done", done);
        model.addAttribute("path", path);
        model.addAttribute("action", path + "?lang=" + locale.getLanguage());
        return "unsubscribe";
    }

    static String language(Contact contact) {
        return Language.of(contact.language()).code();
    }

    private void unsubscribe(Contact contact) {
        contacts.unsubscribeFromReminders(contact.registrationId());
        reminders.unsubscribed(contact.registrationId());
    }

    private Contact contact(String registrationId, String signature) {
        if (!links.isGenuine(registrationId, signature)) {
            throw Problems.notFound("No subscription for this link.");
        }
        return contacts.find(registrationId)
                .orElseThrow(() -> Problems.notFound("No subscription for this link."));
    }
}
