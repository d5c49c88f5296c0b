package org.nec.system.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What every page and state a journey passes through must show: no WCAG 2.2 A/AA violation found by axe-core,
 * under 150 KB transferred, and no request to another host. Keeps the figures for the report.
 */
final class PageChecks {

    static final long BUDGET_BYTES = 150 * 1024;
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
            "wcag22aa");

    private final String origin;
    private final Map<String, String> report = new TreeMap<>();

    PageChecks(String origin) {
        this.origin = origin;
    }

    /** Checks the page as it is now; {@code state} names it in the report and in failures. */
    void check(WebDriver browser, String state) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            violations.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                    .map(node -> String.valueOf(node.getTarget())).toList());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".map(e => ({name: e.name, size: e.transferSize || e.encodedBodySize || 0}))");
        long bytes = entries.stream().mapToLong(e -> ((Number) e.get("size")).longValue()).sum();
        List<String> elsewhere = entries.stream().map(e -> String.valueOf(e.get("name")))
                .filter(name -> !name.startsWith(origin)).toList();
        report.put(state, String.format("%d axe violations, %.1f KB, %d requests", violations.size(),
                bytes / 1024.0, entries.size()));

        assertThat(violations).as("axe-core WCAG 2.2 A/AA violations on %s (%s)", state, browser.getCurrentUrl())
                .isEmpty();
        assertThat(bytes).as("bytes transferred for %s", state).isLessThan(BUDGET_BYTES);
        assertThat(elsewhere).as("requests to another host from %s", state).isEmpty();
    }

    Map<String, String> report() {
        return report;
    }
}
