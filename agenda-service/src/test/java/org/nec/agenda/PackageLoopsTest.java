package org.nec.agenda;

import org.junit.jupiter.api.Test;
import org.nec.testing.layout.PackageLoops;

class PackageLoopsTest {

    @Test
    void noFeaturePackageImportsOneThatImportsItBack() {
        PackageLoops.assertNone("org.nec.agenda");
    }
}
