package org.storyloom.pipeline;

/** RSS and HTML documents the pipeline tests serve. */
final class Feeds {

    private Feeds() {}

    static String rss(String title, String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                <title>%s</title><link>https://news.example/</link><description>Test news</description>
                %s
                </channel></rss>
                """.formatted(title, String.join("\n", items));
    }

    static String item(String guid, String title, String link, String date, String html) {
        return """
                <item><guid isPermaLink="false">%s</guid><title>%s</title><link>%s</link>
                <pubDate>%s</pubDate><description><![CDATA[%s]]></description></item>
                """.formatted(guid, title, link, date, html);
    }

    static String page(String feedHref) {
        return """
                <!doctype html><html><head><title>Example News</title>
                <link rel="alternate" type="application/rss+xml" title="All news" href="%s">
                </head><body><h1>Example News</h1></body></html>
                """.formatted(feedHref);
    }
}
