package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final String PAGE = "<html><head>%s</head><body><p>Café Zürich – „Grüße“</p></body></html>";

    @Test
    void headerCharsetWinsOverEverything() {
        byte[] bytes = PAGE.formatted("<meta charset=\"utf-8\">").getBytes(Charset.forName("windows-1252"));

        assertThat(PageDecoder.decode(bytes, "text/html; charset=windows-1252")).contains("Café Zürich");
    }

    @Test
    void byteOrderMarkComesNext() {
        byte[] body = PAGE.formatted("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(PageDecoder.decode(bytes, "text/html")).startsWith("<html>").contains("Grüße");
    }

    @Test
    void metaCharsetThenSniffing() {
        byte[] latin = PAGE.formatted("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")
                .getBytes(Charset.forName("windows-1252"));
        byte[] utf8 = PAGE.formatted("").getBytes(StandardCharsets.UTF_8);
        byte[] unlabelledLatin = PAGE.formatted("").getBytes(Charset.forName("windows-1252"));

        assertThat(PageDecoder.decode(latin, null)).contains("Café Zürich – „Grüße“");
        assertThat(PageDecoder.decode(utf8, null)).contains("Café Zürich – „Grüße“");
        assertThat(PageDecoder.decode(unlabelledLatin, null)).contains("Café Zürich – „Grüße“");
    }
}
