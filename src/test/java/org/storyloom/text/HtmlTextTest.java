package org.storyloom.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void inlineLinkKeepsTheSpaceAfterIt() {
        assertThat(HtmlText.of("<p>North Korean leader <a href=\"/k\">Kim Jong Un</a> spoke on Monday.</p>"))
                .isEqualTo("North Korean leader Kim Jong Un spoke on Monday.");
    }

    @Test
    void adjacentBlockLinksNeverGlue() {
        String html = "<ul><li><a href=\"/a\">Troops Revealed</a></li><li><a href=\"/b\">Explosion Kills</a></li></ul>";
        assertThat(HtmlText.of(html)).isEqualTo("Troops Revealed\n\nExplosion Kills");
    }

    @Test
    void paragraphsAndLineBreaks() {
        assertThat(HtmlText.of("<p>One<br>two</p><div>Three  <b>four</b></div><script>x()</script>"))
                .isEqualTo("One\ntwo\n\nThree four");
    }

    @Test
    void plainTextPassesThrough() {
        assertThat(HtmlText.of("Just &amp; text")).isEqualTo("Just & text");
    }
}
