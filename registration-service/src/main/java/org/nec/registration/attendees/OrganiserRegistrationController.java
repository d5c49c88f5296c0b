package org.nec.registration.attendees;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nec.platform.web.ListPage;
import org.nec.registration.register.RegistrationStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrganiserRegistrationController {

    private static final String[] HEADER = {"id", "status", "firstName", "lastName", "email", "organisation",
            "ticketType", "language", "waitlistPosition", "createdAt", "checkedInAt"};

    private final RegistrationSearch search;

    OrganiserRegistrationController(RegistrationSearch search) {
        this.search = search;
    }

    @GetMapping(path = "/api/admin/registrations", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<OrganiserRow>> list(@RequestParam(required = false) RegistrationStatus status,
                                            @RequestParam(required = false) String ticketType,
                                            @RequestParam(required = false) String q,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        return ListPage.of(page, size).answer(search.find(status, ticketType, q));
    }

    @GetMapping(path = "/api/admin/registrations", params = "format=csv")
    ResponseEntity<String> csv(@RequestParam(required = false) RegistrationStatus status,
                               @RequestParam(required = false) String ticketType,
                               @RequestParam(required = false) String q) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (OrganiserRow row : search.find(status, ticketType, q)) {
                printer.printRecord(cell(row.id()), cell(row.status()), cell(row.firstName()), cell(row.lastName()),
                        cell(row.email()), cell(row.organisation()), cell(row.ticketType()), cell(row.language()),
                        cell(row.waitlistPosition()), cell(row.createdAt()), cell(row.checkedInAt()));
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registrations.csv\"")
                .body(out.toString());
    }

    @GetMapping("/api/admin/registrations/counts")
    Map<String, Map<String, Long>> counts() {
        return search.counts();
    }

    /** A spreadsheet must not take a name for a formula (CSV injection). */
    private static String cell(Object value) {
        String text = Objects.toString(value, "");
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
