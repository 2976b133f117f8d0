package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Streamed page parts (React's Suspense boundaries) go back where the browser shows them. */
class StreamedSegmentsTest {

    private static final String P1 = "<p>Index funds track a market index, such as the S&amp;P 500, and hold every"
            + " company in it in the same proportion, so the fund moves with the market as a whole.</p>";
    private static final String P2 = "<p>Fees matter: a fund that charges one percent a year costs a saver far more"
            + " over thirty years than one that charges a tenth of that, for the same holdings.</p>";

    @Test
    void segmentsReplaceTheirPlaceholdersAndFallbacksInPageOrder() {
        Document doc = Jsoup.parse("<body><main><h1>Index funds</h1><!--$?--><template id=\"B:0\"></template>"
                + "<div>Loading paragraph...</div><!--/$--><p>Between the parts.</p><template id=\"P:2\"></template>"
                + "</main><div hidden id=\"S:2\"><p>Last part.</p></div><div hidden id=\"S:0\">" + P1
                + "</div></body>");

        assertThat(StreamedSegments.restore(doc.body())).isEqualTo(2);

        assertThat(doc.body().text())
                .startsWith("Index funds Index funds track")
                .contains("Between the parts. Last part.")
                .doesNotContain("Loading paragraph");
        assertThat(doc.select("[hidden], template")).isEmpty();
    }

    @Test
    void theScriptsPairsWinOverTheNumbers() {
        Document doc = Jsoup.parse("<body><div id=a><template id=\"B:0\"></template><b>wait</b><!--/$--></div>"
                + "<div hidden id=\"S:0\"><p>wrong part</p></div><div hidden id=\"S:5\"><p>right part</p></div>"
                + "<script>$RC(\"B:0\",\"S:5\")</script></body>");

        StreamedSegments.restore(doc.body());

        assertThat(doc.select("#a").text()).isEqualTo("right part");
    }

    @Test
    void anArticleStreamedInPartsIsExtractedWhole() {
        String html = "<html><head><title>Index funds</title></head><body><header><a href=/>Home</a></header>"
                + "<article><h1>Index funds</h1><!--$?--><template id=\"B:0\"></template><div>Loading...</div><!--/$-->"
                + "<!--$?--><template id=\"B:1\"></template><div>Loading...</div><!--/$--></article>"
                + "<div hidden id=\"S:1\">" + P2.repeat(2) + "</div><div hidden id=\"S:0\">" + P1.repeat(3) + "</div>"
                + "</body></html>";

        ExtractedArticle a = (ExtractedArticle) new Extractor().extract(html, URI.create("https://fool.example/a"));

        assertThat(a.text())
                .contains("Index funds track")
                .contains("Fees matter")
                .doesNotContain("Loading");
        assertThat(a.text().indexOf("Index funds track")).isLessThan(a.text().indexOf("Fees matter"));
    }

    @Test
    void aPageWithoutStreamedPartsIsLeftAlone() {
        Document doc = Jsoup.parse("<body><template id=\"B:0\"></template><div hidden id=other><p>x</p></div></body>");

        assertThat(StreamedSegments.restore(doc.body())).isZero();
        assertThat(doc.select("template")).hasSize(1);
    }
}
