package org.nec.registration.attendees;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nec.registration.register.RegistrationStatus;
import org.nec.registration.tickettype.TicketType;
import org.nec.registration.tickettype.TicketTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The organiser's list of registrations: the API's search, a page at a time, with the counts as bar charts. */
@Controller
class RegistrationListPage {

    static final int PAGE_SIZE = 25;

    private final RegistrationSearch search;
    private final TicketTypes ticketTypes;

    RegistrationListPage(RegistrationSearch search, TicketTypes ticketTypes) {
        this.search = search;
        this.ticketTypes = ticketTypes;
    }

    @GetMapping("/admin/registrations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String ticketType, @RequestParam(defaultValue = "0") String page,
                Model model, Locale locale) {
        RegistrationStatus chosenStatus = statusOf(status);
        String chosenType = ticketType == null || ticketType.isBlank() ? null : ticketType;
        String text = q == null ? "" : q.strip();
        var results = search.page(chosenStatus, chosenType, text, pageNumber(page), PAGE_SIZE);
        List<TicketType> types = ticketTypes.all();
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("q", text);
        model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
        model.addAttribute("ticketType", chosenType == null ? "" : chosenType);
        model.addAttribute("statuses", Arrays.stream(RegistrationStatus.values()).map(Enum::name).toList());
        model.addAttribute("ticketTypes", types);
        model.addAttribute("results", results);
        model.addAttribute("charts", charts(search.counts(), types, locale.getLanguage()));
        model.addAttribute("path", link("/admin/registrations", text, chosenStatus, chosenType, results.number()));
        model.addAttribute("previous", withLanguage(link("/admin/registrations", text, chosenStatus, chosenType,
                results.number() - 1), locale));
        model.addAttribute("next", withLanguage(link("/admin/registrations", text, chosenStatus, chosenType,
                results.number() + 1), locale));
        model.addAttribute("csv", UriComponentsBuilder.fromUriString(link("/api/admin/registrations", text,
                chosenStatus, chosenType, 0)).queryParam("format", "csv").build().toUriString());
        return "admin-registrations";
    }

    /** A link to the same search; the language is added by the page. */
    private static String link(String path, String text, RegistrationStatus status, String ticketType, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (!text.isEmpty()) {
            link.queryParam("q", text);
        }
        if (status != null) {
            link.queryParam("status", status.name());
        }
        if (ticketType != null) {
            link.queryParam("ticketType", ticketType);
        }
        if (page > 0) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }

    private static String withLanguage(String link, Locale locale) {
        return link + (link.contains("?") ? "&" : "?") + "lang=" + locale.getLanguage();
    }

    /** An unknown status filters nothing rather than failing: the filter comes from a link someone may edit. */
    private static RegistrationStatus statusOf(String status) {
        return Arrays.stream(RegistrationStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(Integer.parseInt(page.strip()), 0);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** Per ticket type, one bar per status, as a share of the type's registrations. */
    private static List<CountChart> charts(Map<String, Map<String, Long>> counts, List<TicketType> types,
                                           String lang) {
        List<CountChart> charts = new ArrayList<>();
        counts.forEach((code, byStatus) -> {
            long total = byStatus.entrySet().stream().filter(e -> !"CHECKED_IN".equals(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            String label = types.stream().filter(t -> t.code().equals(code)).findFirst()
                    .map(t -> t.label().in(lang)).orElse(code);
            List<CountBar> bars = byStatus.entrySet().stream()
                    .map(e -> new CountBar(e.getKey(), e.getValue(), total == 0 ? 0 : e.getValue() * 100 / total))
                    .toList();
            charts.add(new CountChart(code, label, total, bars));
        });
        return charts;
    }

    public record CountChart(String code, String label, long total, List<CountBar> bars) {
    }

    /** @param percent of the ticket type's registrations, the width of the bar */
    public record CountBar(String status, long count, long percent) {
    }
}
