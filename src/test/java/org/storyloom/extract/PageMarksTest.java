package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The one walk over a page finds what the CSS queries it replaces would find, in the same order. */
class PageMarksTest {

    private static final String PAGE = """
            <html><head>
            <meta property="og:title" content="A">
            <script type="Application/LD+JSON">{"@type":"NewsArticle"}</script>
            <script>var x = 1;</script>
            <link rel="stylesheet" href="/s.css">
            <link rel=" Canonical " href="https://a.example/first"><!-- spaces: no match, as for the query -->
            <link rel="canonical" href="https://a.example/second">
            </head><body>
            <div><div><meta name="author" content="B"></div>
            <script type="text/plain">not json-ld</script>
            <section><script type="application/ld+json; charset=utf-8">{"@type":"WebSite"}</script></section></div>
            <p>text<meta itemprop="datePublished" content="2031-03-14"></p>
            </body></html>""";

    @Test
    void collectsWhatTheQueriesWouldSelect() {
        Document doc = Jsoup.parse(PAGE, "https://a.example/");
        PageMarks marks = PageMarks.of(doc);

        assertThat(marks.metas()).containsExactlyElementsOf(doc.getElementsByTag("meta"));
        assertThat(marks.metas()).hasSize(3);
        assertThat(marks.ldScripts())
                .containsExactlyElementsOf(doc.select("script[type~=(?i)application/ld\\+json]"))
                .hasSize(2);
        assertThat(marks.canonicalLink()).isSameAs(doc.selectFirst("link[rel=canonical]"));
        assertThat(Objects.requireNonNull(marks.canonicalLink()).attr("href")).isEqualTo("https://a.example/second");
        assertThat(marks.itemprop("DATEPUBLISHED")).isSameAs(doc.selectFirst("[itemprop=datePublished]"));
    }

    @Test
    void authorQueryRunsOnlyWhereItCanMatch() {
        String query = "[itemprop~=^author$] [itemprop=name], [itemprop~=^author$], [rel=author],"
                + " .vcard .fn, .h-card .p-name, .author .fn";
        Document classOnly = Jsoup.parse("<div class=\"author-box\"><span class=\"name\">Ana Pires</span></div>");
        Document card = Jsoup.parse("<div class=\"author\"><span class=\"FN\">Ana Pires</span></div>");
        Document prop = Jsoup.parse("<span itemprop=\"author\">Ana Pires</span>");

        assertThat(PageMarks.of(classOnly).hasAuthorMarkup()).isTrue();
        assertThat(PageMarks.of(classOnly).hasAuthorQueryTarget()).isFalse();
        assertThat(classOnly.select(query)).isEmpty();
        assertThat(PageMarks.of(card).hasAuthorQueryTarget()).isTrue();
        assertThat(card.select(query)).hasSize(1);
        assertThat(PageMarks.of(prop).hasAuthorQueryTarget()).isTrue();
    }

    @Test
    void paragraphCountStopsAtTheLimitAndCountsTheRoot() {
        Document doc = Jsoup.parse("<div id=r><p>1</p><div><p>2</p><div><p>3</p></div></div><p>4</p></div><p>5</p>");
        Element root = Objects.requireNonNull(doc.getElementById("r"));
        Element p = Objects.requireNonNull(doc.selectFirst("p"));

        assertThat(Pruner.paragraphs(root, 10)).isEqualTo(4);
        assertThat(Pruner.paragraphs(root, 2)).isEqualTo(2);
        assertThat(Pruner.paragraphs(p, 10)).isEqualTo(1);
        assertThat(Pruner.paragraphs(doc.body(), 10)).isEqualTo(5);
    }
}
