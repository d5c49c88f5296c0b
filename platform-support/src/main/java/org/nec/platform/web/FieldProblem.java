package org.nec.platform.web;

/** One bad field of a request, as listed in a problem's {@code errors} array. */
public record FieldProblem(String field, String message) {
}
