package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The publication date cascade's later sources, each on a page where only it knows the date. */
class PublishedDateTest {

    private static final URI URL = URI.create("https://news.example/story");

    private static String found(String html) {
        Document doc = Jsoup.parse(html, URL.toString());
        OffsetDateTime t = PublishedDate.find(doc, PageMarks.of(doc), URL, new MetaTags(doc), new JsonLd().read(doc));
        return String.valueOf(t == null ? null : t.toLocalDate());
    }

    @Test
    void aWebPageNodeGivesTheDateWhenNoArticleNodeDoes() {
        assertThat(found("<script type=application/ld+json>{\"@graph\":[{\"@type\":\"WebPage\","
                        + "\"datePublished\":\"2031-04-05T06:00:00+00:00\"}]}</script><p>Text</p>"))
                .isEqualTo("2031-04-05");
    }

    @Test
    void anyMetaKeyNamingPublicationCounts() {
        assertThat(found("<meta name=x-published-date content='2031-04-05T06:03:43Z'><p>Text</p>"))
                .isEqualTo("2031-04-05");
    }

    @Test
    void aDateLineByTheHeadlineCountsAndAnUpdateLineGivesWay() {
        assertThat(found("<div><div><h1>Harbour reopens</h1><p>Updated May 9, 2031</p>"
                        + "<div class=x>April 5, 2031</div></div></div><p>Body text here.</p>"))
                .isEqualTo("2031-04-05");
        assertThat(found("<div><p class=t>05.04.2031</p><h1>Harbour reopens</h1></div>"))
                .isEqualTo("2031-04-05");
    }

    @Test
    void scriptDataGivesAPublicationDateLast() {
        assertThat(found("<script>window.s={\"post\":{\"publishedAt\":\"2031-04-05T13:08:55-07:00\"}}</script>"))
                .isEqualTo("2031-04-05");
    }

    @Test
    void aDateInTheCanonicalUrlCountsWhenThePageUrlHasNone() {
        assertThat(found("<link rel=canonical href='https://news.example/2031/04/05/harbour'><p>Text</p>"))
                .isEqualTo("2031-04-05");
    }

    @Test
    void dottedDatesAreDayFirst() {
        assertThat(Dates.parse("23.07.2031")).hasToString("2031-07-23T00:00Z");
    }
}
