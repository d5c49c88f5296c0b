package org.nec.registration.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VoucherCodeTest {

    @Test
    void codesAreTwelveUnambiguousCharactersAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(VoucherCode.generate());
        }

        assertThat(codes).hasSize(10_000).allSatisfy(code -> assertThat(code).hasSize(12)
                .doesNotContain("0", "O", "1", "I", "L"));
    }

    @Test
    void aTypedCodeIsComparedWithoutCaseSpacesOrDashes() {
        assertThat(VoucherCode.normalise(" abcd-efgh 2345 ")).isEqualTo("ABCDEFGH2345");
        assertThat(VoucherCode.normalise("ABCD\u0000")).isNull();
        assertThat(VoucherCode.normalise("é")).isNull();
        assertThat(VoucherCode.normalise("")).isNull();
        assertThat(VoucherCode.normalise(null)).isNull();
    }
}
