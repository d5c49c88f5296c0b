package org.nec.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON merge patches (RFC 7396): the body is read and checked as a request body would be (a bad value is a
 * 400 naming its field), and the fields it sets to {@code null} are told apart from those it leaves out.
 */
public class MergePatches {

    private final JsonMapper json;
    private final Validator validator;

    public MergePatches(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** A patch: the values it gives, and the fields it clears. */
    public record MergePatch<T>(T values, Set<String> cleared) {
    }

    public <T> MergePatch<T> read(ObjectNode patch, Class<T> type) {
        T values;
        try {
            values = json.treeToValue(patch, type);
        } catch (DatabindException e) {
            throw Problems.invalid(List.of(Problems.wrongType(e)));
        }
        List<FieldProblem> problems = new ArrayList<>(validator.validate(values).stream()
                .map(v -> new FieldProblem(field(v), v.getMessage())).toList());
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
            throw Problems.invalid(problems);
        }
        Set<String> cleared = patch.properties().stream().filter(field -> field.getValue().isNull())
                .map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
        return new MergePatch<>(values, cleared);
    }

    /** The field a violation is about, named as in the JSON body: {@code title.fr}, {@code speakerIds[0]}. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
