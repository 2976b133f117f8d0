package org.storyloom.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeHtmlTest {

    private static final String BASE = "https://news.example/world/story.html";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<p>Hello <b>world</b></p>|<p>Hello <b>world</b></p>",
                "<script>alert(1)</script><p>x</p>|<p>x</p>",
                "<p onclick=\"x()\" onmouseover=\"y()\">x</p>|<p>x</p>",
                "<img src=\"a.png\" onerror=\"alert(1)\">|<img src=\"https://news.example/world/a.png\" loading=\"lazy\">",
                "<a href=\"javascript:alert(1)\">x</a>|x",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>|x",
                "<a href=\"java&#09;script:alert(1)\">x</a>|x",
                "<img src=\"data:image/png;base64,AAAA\">|''",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>|x",
                "<a href=\"/about\">x</a>|<a href=\"https://news.example/about\" rel=\"nofollow noopener\">x</a>",
                "<a href=\"https://b.example/\" target=\"_blank\" rel=\"opener\">x</a>|"
                        + "<a href=\"https://b.example/\" rel=\"nofollow noopener\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe><p>y</p>|<p>y</p>",
                "<style>p{}</style><p style=\"color:red\">y</p>|<p>y</p>",
                "<form action=\"/x\"><input name=\"q\"></form>|''",
                "<svg><script>alert(1)</script></svg>|''",
                "<h1>T</h1><h2>S</h2>|<h2>T</h2><h3>S</h3>",
            })
    void cleans(String dirty, String expected) {
        assertThat(SafeHtml.clean(dirty, BASE)).isEqualTo(expected);
    }

    @Test
    void dropsRelativeLinksWithoutAUsableBase() {
        assertThat(SafeHtml.clean("<a href=\"/a\">x</a><img src=\"b.png\">", null))
                .isEqualTo("x");
        assertThat(SafeHtml.clean("<a href=\"/a\">x</a>", "javascript:alert(1)"))
                .isEqualTo("x");
        assertThat(SafeHtml.clean("<a href=\"https://a.example/\">x</a>", null))
                .isEqualTo("<a href=\"https://a.example/\" rel=\"nofollow noopener\">x</a>");
    }

    @Test
    void keepsTheSpaceBetweenInlineElements() {
        assertThat(SafeHtml.clean("<p><a href=\"/k\">Kim Jong Un</a> spoke</p>", BASE))
                .isEqualTo("<p><a href=\"https://news.example/k\" rel=\"nofollow noopener\">Kim Jong Un</a> spoke</p>");
    }
}
