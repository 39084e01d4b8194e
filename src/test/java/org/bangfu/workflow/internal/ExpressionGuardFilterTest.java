package org.bangfu.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionGuardFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"${x}", "#{x}", "$ {x}", "%24%7Bx%7D", "%2524%257Bx%257D", "%23%7Bx%7D",
            "%zz%24%7Bx%7D", "abc%%24%7B1%7D", "%252525252524%7B"})
    void expressionsAreFoundHoweverTheyAreEncoded(String text) {
        assertThat(ExpressionGuardFilter.suspicious(text)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"%abc%", "%25abc%25", "demo", "nameLike=%E5%BC%A0%", "{\"a\":1}", "$100", "#1"})
    void ordinaryQueriesPass(String text) {
        assertThat(ExpressionGuardFilter.suspicious(text)).isFalse();
    }
}
