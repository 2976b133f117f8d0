package org.storyloom.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void splitsWordsDropsApostropheSuffixesAndMarksNames() {
        List<Tokens.Token> tokens = Tokens.of("Kim's visit: troops met Kim Jong Un in Kursk.");
        assertThat(tokens)
                .extracting(Tokens.Token::word)
                .containsExactly("Kim", "visit", "troops", "met", "Kim", "Jong", "Un", "in", "Kursk");
        assertThat(tokens.get(0).looksLikeName()).isFalse();
        assertThat(tokens.get(4).looksLikeName()).isTrue();
        assertThat(tokens.get(8).looksLikeName()).isTrue();
    }

    @Test
    void keepsOtherScriptsAndNormalisesWidth() {
        assertThat(Tokens.lowerWords("Землетрясение в Токио ＡＢＣ 東京"))
                .containsExactly("землетрясение", "в", "токио", "abc", "東京");
        assertThat(Tokens.lowerWords("")).isEmpty();
        assertThat(Tokens.lowerWords("!!! ...")).isEmpty();
    }
}
