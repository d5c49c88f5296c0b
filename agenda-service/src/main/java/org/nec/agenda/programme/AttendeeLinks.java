package org.nec.agenda.programme;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the attendee's links lead. Pages link within the front door by path; only the calendar subscription needs
 * the front door's full address ({@code nec.agenda.public-url}), since a calendar app opens it from outside.
 */
@ConfigurationProperties("nec.agenda")
record AttendeeLinks(URI publicUrl) {

    /** The attendee's calendar feed, relative to the front door; the token is what lets a calendar app read it. */
    static String calendar(String registrationId, String token) {
        return UriComponentsBuilder.fromPath("/agenda/{id}.ics").queryParam("token", token)
                .buildAndExpand(registrationId).encode().toUriString();
    }

    /** The same feed for a calendar app to subscribe to: {@code webcal://} is how it recognises one. */
    String subscription(String registrationId, String token) {
        String base = String.valueOf(publicUrl).replaceFirst("^(?i)https?://", "webcal://").replaceAll("/+$", "");
        return base + calendar(registrationId, token);
    }

    /** The attendee's registration page, served by registration-service behind the same front door. */
    static String manage(String registrationId, String token, String lang) {
        return UriComponentsBuilder.fromPath("/manage/{id}").queryParam("token", token).queryParam("lang", lang)
                .buildAndExpand(registrationId).encode().toUriString();
    }

    /** This page, with what to tell the attendee after a change. */
    static URI myProgramme(String registrationId, String token, String lang, Notice notice) {
        UriComponentsBuilder page = UriComponentsBuilder.fromPath("/my-programme/{id}").queryParam("token", token)
                .queryParam("lang", lang);
        notice.query().forEach(page::queryParam);
        return page.buildAndExpand(registrationId).encode().toUri();
    }

    /** This page as the language switch links to it: without the notice of the last change. */
    static String myProgramme(String registrationId, String token) {
        return UriComponentsBuilder.fromPath("/my-programme/{id}").queryParam("token", token)
                .buildAndExpand(registrationId).encode().toUriString();
    }
}
