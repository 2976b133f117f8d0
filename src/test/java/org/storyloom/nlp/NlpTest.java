package org.storyloom.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NlpTest {

    private static final Nlp NLP = Nlp.load();

    private static final String ENGLISH = "Dr. Anna Weber of the U.S. Naval Academy met Mr. Jones in Washington on"
            + " Monday. The U.S. military said the talks went well.\n\n"
            + "\"We will not retreat. We will hold the line,\" the general said. \"Why now?\" he asked reporters.\n"
            + "South Korea's Foreign Ministry condemned the launch.";

    private static List<String> texts(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsAndInitialismsDoNotEndSentences() {
        List<String> s = texts(NLP.sentences(ENGLISH));
        assertThat(s.get(0))
                .isEqualTo("Dr. Anna Weber of the U.S. Naval Academy met Mr. Jones in Washington on Monday.");
        assertThat(s.get(1)).isEqualTo("The U.S. military said the talks went well.");
    }

    @Test
    void aQuoteSpanningSentencesKeepsItsMarksWithItsSentences() {
        List<String> s = texts(NLP.sentences(ENGLISH));
        assertThat(s)
                .containsSubsequence(
                        "\"We will not retreat.",
                        "We will hold the line,\" the general said.",
                        "\"Why now?\" he asked reporters.",
                        "South Korea's Foreign Ministry condemned the launch.")
                .hasSize(6);
    }

    @Test
    void sentenceOffsetsPointIntoTheText() {
        for (Sentence s : NLP.sentences(ENGLISH)) {
            assertThat(ENGLISH.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void tokensCarryUniversalTagsAndOffsetsIntoTheText() {
        Sentence last = NLP.sentences(ENGLISH).get(5);
        List<Token> tokens = NLP.tokens(last);
        assertThat(tokens).extracting(Token::text).startsWith("South", "Korea", "'s", "Foreign", "Ministry");
        assertThat(tokens).extracting(Token::tag).startsWith("PROPN", "PROPN", "PART");
        assertThat(tokens.get(0).isProperNoun()).isTrue();
        for (Token t : tokens) {
            assertThat(ENGLISH.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void negationCliticIsItsOwnToken() {
        List<Token> tokens =
                NLP.tokens(NLP.sentences("The minister didn't comment.").get(0));
        assertThat(tokens).extracting(Token::text).containsSubsequence("did", "n't", "comment");
    }

    @Test
    void languageOfNewsText() {
        assertThat(NLP.language(ENGLISH)).isEqualTo("en");
        assertThat(NLP.language("Der Bundeskanzler hat am Montag in Berlin eine Rede vor dem Bundestag gehalten."))
                .isEqualTo("de");
        assertThat(NLP.language("Le président a parlé hier à Paris devant les députés de l'Assemblée nationale."))
                .isEqualTo("fr");
        assertThat(NLP.language("Президент России выступил в Москве с обращением к Федеральному собранию."))
                .isEqualTo("ru");
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertThat(NLP.language("OK")).isEqualTo("und");
        assertThat(NLP.language("12 345 678")).isEqualTo("und");
    }

    @Test
    void germanIsSplitByRulesThatKnowItsAbbreviations() {
        String de = "Dr. Müller sagte am Montag in Berlin, die Lage sei ernst. Die Regierung plant z.B. Hilfen"
                + " für 3. Klassen. \"Wir schaffen das!\" Sie sagte es zweimal.";
        List<Sentence> s = NLP.sentences(de, "de");
        assertThat(texts(s))
                .containsExactly(
                        "Dr. Müller sagte am Montag in Berlin, die Lage sei ernst.",
                        "Die Regierung plant z.B. Hilfen für 3. Klassen.",
                        "\"Wir schaffen das!\"",
                        "Sie sagte es zweimal.");
        assertThat(NLP.tokens(s.get(0), "de")).extracting(Token::text).startsWith("Dr", ".", "Müller", "sagte");
    }

    @Test
    void readingTime() {
        assertThat(Nlp.readingMinutes("")).isZero();
        assertThat(Nlp.readingMinutes("A short note.")).isEqualTo(1);
        assertThat(Nlp.readingMinutes("word ".repeat(1150))).isEqualTo(5);
    }

    @Test
    void threadsShareOneInstanceSafely() throws Exception {
        List<String> expected = texts(NLP.sentences(ENGLISH));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> {
                    List<String> tags = new ArrayList<>();
                    for (Sentence s : NLP.sentences(ENGLISH)) {
                        tags.add(s.text());
                        NLP.tokens(s).forEach(t -> tags.add(t.tag()));
                    }
                    return tags;
                }));
            }
            List<String> first = runs.get(0).get();
            assertThat(first).containsAll(expected);
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
    }
}
