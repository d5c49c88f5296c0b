package org.nec.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of an admin list ({@code ?page=0&size=100}, first page 0, at most {@value #MAX_SIZE} items). The body
 * stays the JSON array the contract fixes; the whole count is in {@code X-Total-Count} and the neighbouring pages
 * in an RFC 8288 {@code Link} header. Without {@code size} a page holds {@value #DEFAULT_SIZE} items, more than an
 * edition's attendees, so clients that read only the array keep reading the whole list.
 */
public record ListPage(int page, int size) {

    public static final int DEFAULT_SIZE = 10_000;
    public static final int MAX_SIZE = 10_000;
    public static final String TOTAL_COUNT = "X-Total-Count";

    /** The page asked for; 400 with field errors for a negative page or a size out of 1..{@value #MAX_SIZE}. */
    public static ListPage of(Integer page, Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page != null && (page < 0 || page > 1_000_000)) {
            problems.add(new FieldProblem("page", "must be between 0 and 1000000"));
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
        return new ListPage(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }

    /** This page of a whole list (the admin lists are small enough to be read whole and cut here). */
    public <T> ResponseEntity<List<T>> answer(List<T> all) {
        int from = (int) Math.min(offset(), all.size());
        int to = (int) Math.min(offset() + size, all.size());
        return answer(List.copyOf(all.subList(from, to)), all.size());
    }

    /** A page the store already cut, out of {@code total} items. */
    public <T> ResponseEntity<List<T>> answer(List<T> items, long total) {
        long last = total == 0 ? 0 : (total - 1) / size;
        List<String> links = new ArrayList<>();
        links.add(link(0, "first"));
        if (page > 0) {
            links.add(link(Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(page + 1, "next"));
        }
        links.add(link(last, "last"));
        return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(total))
                .header("Link", String.join(", ", links)).body(items);
    }

    // relative to the request as the service saw it: the front door forwards the path unchanged
    private String link(long target, String rel) {
        // the query as received, still encoded: only page and size change
        String uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", target)
                .replaceQueryParam("size", size).build().toUriString();
        String path = uri.replaceFirst("^[a-z]+://[^/]+", "");
        return "<" + path + ">; rel=\"" + rel + "\"";
    }
}
