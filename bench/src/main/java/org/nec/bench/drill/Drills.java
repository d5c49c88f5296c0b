package org.nec.bench.drill;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./bench/drill <target>}: runs a fault drill on a platform of its own and prints its verdict as one line;
 * exits 1 when a drill fails. Targets: the components killed with {@code kill -9} under load ({@code store},
 * {@code broker}, {@code mail}, {@code registration}, {@code agenda}, {@code notification}, {@code gateway}),
 * {@code mail-refusing}, {@code poison}, {@code duplicate}, {@code scale}, and {@code all} (each in turn).
 */
public final class Drills {

    static final List<String> KILLS = List.of("store", "broker", "mail", "registration", "agenda", "notification",
            "gateway");
    static final List<String> OTHERS = List.of("mail-refusing", "poison", "duplicate");
    private static final String SCALE = "org.nec.bench.drill.ScaleDrill";

    private Drills() {
    }

    /** {@code Drills <projectRoot> <target>}. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        String target = args.length > 1 ? args[1] : "";
        List<String> targets = new ArrayList<>();
        if ("all".equals(target)) {
            targets.addAll(KILLS);
            targets.addAll(OTHERS);
            targets.add("scale");
        } else if (KILLS.contains(target) || OTHERS.contains(target) || "scale".equals(target)) {
            targets.add(target);
        } else {
            System.err.println("usage: ./bench/drill <" + String.join("|", KILLS) + "|" + String.join("|", OTHERS)
                    + "|scale|all>");
            System.exit(2);
        }
        boolean allPassed = true;
        for (String each : targets) {
            allPassed &= run(root, each);
        }
        System.exit(allPassed ? 0 : 1);
    }

    private static boolean run(Path root, String target) {
        try {
            if ("scale".equals(target)) {
                return scale(root);
            }
            Verdict verdict = switch (target) {
                case "mail-refusing" -> MailRefusingDrill.run(root);
                case "poison" -> PoisonDrill.run(root);
                case "duplicate" -> DuplicateDrill.run(root);
                default -> KillDrill.run(root, target);
            };
            System.out.println(verdict.line());
            return verdict.pass();
        } catch (Exception | Error e) {
            System.out.println("drill " + target + ": FAIL — could not run: " + e);
            e.printStackTrace();
            return false;
        }
    }

    /** The scale-out drill runs on its own terms (several brokers and instances): its main prints its verdict. */
    private static boolean scale(Path root) throws Exception {
        Class<?> drill;
        try {
            drill = Class.forName(SCALE);
        } catch (ClassNotFoundException e) {
            System.out.println("scale: not built");
            return true;
        }
        Method main = drill.getMethod("main", String[].class);
        main.invoke(null, (Object) new String[] {root.toString()});
        return true;
    }
}
