package org.nec.bench.perf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code <figure|all> [--name value]...}: which figures to run and the sizes that override the defaults. */
record Options(String figure, Map<String, String> values) {

    static final List<String> FIGURES = List.of("limits", "registrations", "rush", "confirmations", "reminders",
            "release", "footprint");

    static Options parse(String[] args) {
        String figure = "all";
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                values.put(args[i].substring(2), args[++i]);
            } else if (!args[i].startsWith("--")) {
                figure = args[i];
            } else {
                throw new IllegalArgumentException("no value for " + args[i]);
            }
        }
        if (!figure.equals("all") && !FIGURES.contains(figure)) {
            throw new IllegalArgumentException("unknown figure " + figure + "; one of all, " + String.join(", ", FIGURES));
        }
        return new Options(figure, values);
    }

    boolean runs(String name) {
        return figure.equals("all") || figure.equals(name);
    }

    boolean against() {
        return values.containsKey("against");
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int number(String name, int fallback) {
        return Integer.parseInt(values.getOrDefault(name, String.valueOf(fallback)));
    }
}
