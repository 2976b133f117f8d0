package org.storyloom.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Generated news for benchmarks: articles about a drifting set of events (each event a few made-up names and
 * key words), 8 s apart, a tenth of them copies of one wire text. Titles have 6 to 12 words and bodies mix
 * common English words with the event's words, so the tokenizer sees about as many tokens per word as in
 * real news (made-up names split into several word pieces, common words are one). Three bodies in ten are
 * short (a feed summary of 15 to 50 words), the rest run past the 60 embedded words.
 */
public final class ArticleGenerator {

    private static final String[] COMMON = ("the of and to in a is that for on was with he it as at by from his"
                    + " said has have be are an they which but not were this had been their who after will more"
                    + " new one about two year people government police officials state city minister president"
                    + " report week told country company public local first last since against during under"
                    + " over three million percent group security court election party leaders support plan"
                    + " health market price deal talks attack water school border power energy family team game"
                    + " season win night home workers union law vote budget spending crisis fire storm rain"
                    + " investigation statement sources spokesman agency reported announced expected according")
            .split(" ");

    private final Random random;
    private final List<String[]> events = new ArrayList<>();
    private final String wireBody;

    public ArticleGenerator(Random random) {
        this.random = random;
        wireBody = words(80, null);
    }

    /** The {@code i}-th article (call in order: events drift as {@code i} grows). */
    public StoryStage.Incoming next(int i) {
        if (events.isEmpty() || random.nextInt(30) == 0) {
            String[] e = new String[6];
            for (int j = 0; j < e.length; j++) {
                e[j] = j < 2 ? capital(name()) : COMMON[random.nextInt(COMMON.length)] + name().substring(0, 2);
            }
            events.add(e);
            if (events.size() > 400) {
                events.remove(0);
            }
        }
        String[] e =
                events.get(events.size() - 1 - Math.min(events.size() - 1, (int) Math.abs(random.nextGaussian() * 40)));
        Instant published = Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofSeconds(i * 8L));
        int bodyWords = random.nextInt(10) < 3 ? 15 + random.nextInt(36) : 120 + random.nextInt(300);
        String title = e[0] + " " + e[2] + " " + words(2 + random.nextInt(5), null) + " " + e[1] + " " + e[3];
        String body = random.nextInt(10) == 0 ? wireBody + e[0] : words(bodyWords, e);
        return new StoryStage.Incoming(
                "a" + i, title, body, published, "outlet" + random.nextInt(200), "https://outlet.example/" + i);
    }

    private String words(int n, String @Nullable [] event) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < n; k++) {
            String w = event != null && random.nextInt(5) == 0
                    ? event[random.nextInt(event.length)]
                    : COMMON[random.nextInt(COMMON.length)];
            text.append(w).append(k % 17 == 16 ? ". " : " ");
        }
        return text.toString().strip();
    }

    private String name() {
        StringBuilder w = new StringBuilder();
        int n = 4 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            w.append(i % 2 == 0 ? "bcdfghklmnprstvz".charAt(random.nextInt(16)) : "aeiou".charAt(random.nextInt(5)));
        }
        return w.toString();
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
