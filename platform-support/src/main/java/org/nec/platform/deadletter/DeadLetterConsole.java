package org.nec.platform.deadletter;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nec.events.Language;
import org.nec.platform.web.ListPage;
import org.nec.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The organiser's view of this service's dead letters, as a console page and as an admin API, both under the
 * service's short name ({@code nec.service}) so the front door can route each service's own.
 */
@Controller
class DeadLetterConsole {

    static final String PAGE = "/admin/dead-letters/${nec.service}";
    static final String API = "/api/admin/dead-letters/${nec.service}";

    private final DeadLetters deadLetters;
    private final String service;

    DeadLetterConsole(DeadLetters deadLetters, DeadLetterProperties properties) {
        this.deadLetters = deadLetters;
        this.service = properties.service();
    }

    @GetMapping(API)
    @ResponseBody
    ResponseEntity<List<DeadLetter>> list(@RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return ListPage.of(page, size).answer(deadLetters.list());
    }

    @PostMapping(API + "/{topic}/{partition}/{offset}/replay")
    ResponseEntity<Map<String, Object>> replay(@PathVariable String topic, @PathVariable int partition,
                                               @PathVariable long offset) {
        if (!deadLetters.replay(topic, partition, offset)) {
            throw Problems.notFound("No dead letter " + topic + "-" + partition + "-" + offset + " of this service.");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("replayed", 1));
    }

    @PostMapping(API + "/replay")
    ResponseEntity<Map<String, Object>> replayAll() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("replayed", deadLetters.replayAll()));
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) String done, @RequestParam(required = false) Integer count,
                Model model, Locale locale) {
        model.addAttribute("lang", locale.getLanguage());
        model.addAttribute("service", service);
        model.addAttribute("services", List.of("registration", "agenda", "notification"));
        model.addAttribute("letters", deadLetters.list());
        model.addAttribute("done", done);
        model.addAttribute("count", count);
        return "dead-letters";
    }

    @PostMapping(PAGE + "/{topic}/{partition}/{offset}/replay")
    String replayFromPage(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
                          @RequestParam(defaultValue = "fr") String lang) {
        boolean replayed = deadLetters.replay(topic, partition, offset);
        return back(lang, replayed ? "replayed" : "unknown", replayed ? 1 : 0);
    }

    @PostMapping(PAGE + "/replay")
    String replayAllFromPage(@RequestParam(defaultValue = "fr") String lang) {
        return back(lang, "replayed", deadLetters.replayAll());
    }

    private String back(String lang, String done, int count) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/dead-letters/" + service)
                .queryParam("lang", Language.of(lang).code()).queryParam("done", done)
                .queryParam("count", count).toUriString();
    }
}
