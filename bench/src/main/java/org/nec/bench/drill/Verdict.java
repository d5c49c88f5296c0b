package org.nec.bench.drill;

/** A drill's outcome, printed as one line. */
record Verdict(String target, boolean pass, String figures) {

    String line() {
        return "drill " + target + ": " + (pass ? "PASS" : "FAIL") + " — " + figures;
    }
}
