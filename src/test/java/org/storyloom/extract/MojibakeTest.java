package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {

    /** UTF-8 bytes read as ISO-8859-1 and stored as UTF-8 again: the page a broken pipeline serves. */
    private static byte[] doubleEncoded(String text) {
        String once = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        return once.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDoubleEncodedPageReadsAsWritten() {
        String page = "<html><head><meta charset=utf-8><title>An Investor\u2019s Guide</title></head><body>"
                + "<p>There\u2019s no \u201cone\u201d answer \u2013 caf\u00e9 owners said.</p></body></html>";

        assertThat(PageDecoder.decode(doubleEncoded(page), null)).isEqualTo(page);
    }

    @Test
    void windows1252MojibakeIsRepairedToo() {
        String broken = "isn\u00e2\u20ac\u2122t, don\u00e2\u20ac\u2122t and won\u00e2\u20ac\u2122t";

        assertThat(Mojibake.repaired(broken)).isEqualTo("isn\u2019t, don\u2019t and won\u2019t");
    }

    @Test
    void honestLatinTextStays() {
        String latin = "\u00c3\u00a9t\u00c3\u00a9 is how one odd letter pair looks,"
                + " and M\u00fcnchen \u00c2ge stay as they are";

        assertThat(Mojibake.repaired(latin)).isEqualTo(latin);
        assertThat(Mojibake.repaired("caf\u00e9 na\u00efve")).isEqualTo("caf\u00e9 na\u00efve");
    }
}
