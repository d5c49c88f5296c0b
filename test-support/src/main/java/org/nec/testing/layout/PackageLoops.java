package org.nec.testing.layout;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Checks a service's import graph: no feature package may import one that imports it back, directly or around a
 * longer loop. Read from the compiled production classes, tests left out.
 */
public final class PackageLoops {

    private PackageLoops() {
    }

    /** Fails, listing every loop, when two packages under {@code root} depend on each other. */
    public static void assertNone(String root) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
        slices().matching(root + ".(**)").should().beFreeOfCycles().check(classes);
    }
}
