package org.nec.agenda.edition;

import jakarta.validation.Valid;
import org.nec.platform.web.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EditionController {

    private final Editions editions;

    EditionController(Editions editions) {
        this.editions = editions;
    }

    @PutMapping("/api/admin/edition")
    Edition put(@Valid @RequestBody Editions.EditionRequest request) {
        return editions.put(request);
    }

    @GetMapping("/api/edition")
    Edition get() {
        return editions.current().orElseThrow(() -> Problems.notFound("The edition is not set up yet."));
    }
}
