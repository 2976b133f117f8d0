package org.storyloom.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The shortcuts taken for speed give what the slow ways they replace give. */
class FastPathsTest {

    private static final List<String> SENTENCES = List.of(
            "Dr. Anna Weber of the U.S. Naval Academy met Mr. Jones in Washington on Monday.",
            "\"We will not retreat. We will hold the line,\" the general said.",
            "South Korea's Foreign Ministry condemned the launch, calling it \"a grave violation\"\u00a0of norms.",
            "Kim Jong-un didn't say (or wouldn't say) whether 1,200 troops -- or more -- were sent to Kursk.",
            "The e-mail, sent at 3:45 p.m. to info@example.org, cited https://example.com/a?b=1 and #UkraineWar.",
            "“I can't,” she told reporters; the U.N.'s envoy wasn't there… Shoigu's aides said so.",
            "Prices rose 3.5% in Q2 2024; the $4.2bn deal (€3.9bn) closed.");

    private static InputStream model(String name) {
        InputStream in = FastPathsTest.class.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    @Test
    void theRememberingTokenizerCutsAsTheTokenizer() throws IOException {
        TokenizerModel model = new TokenizerModel(model("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"));
        TokenizerME plain = new TokenizerME(model);
        WordSplitter remembering = new WordSplitter(new TokenizerME(model), new HashMap<>());
        for (int pass = 0; pass < 2; pass++) { // the second pass reads from memory
            for (String s : SENTENCES) {
                assertThat(remembering.tokenizePos(s)).as(s).containsExactly(plain.tokenizePos(s));
            }
        }
    }

    @Test
    void theGreedyTaggerTagsAsTheBeamOfOne() throws IOException {
        POSModel model = new POSModel(model("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
        MaxentModel maxent = model.getArtifact("pos.model");
        POSTaggerME beam = new POSTaggerME(new POSModel("en", maxent, 1, Map.of(), model.getFactory()));
        POSTaggerME greedy =
                new POSTaggerME(new POSModel("en", new GreedySearch(maxent), Map.of(), model.getFactory()));
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(model("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
        int tags = 0;
        for (String s : SENTENCES) {
            String[] words = Span.spansToStrings(tokenizer.tokenizePos(s), s);
            String[] expected = beam.tag(words);
            assertThat(greedy.tag(words)).as(s).containsExactly(expected);
            tags += expected.length;
        }
        assertThat(tags).isGreaterThan(100);
    }

    @Test
    void theWordTaggerGivesTheModelsProbabilitiesAndTags() throws IOException {
        POSModel model = new POSModel(model("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
        MaxentModel maxent = model.getArtifact("pos.model");
        POSTaggerME greedy =
                new POSTaggerME(new POSModel("en", new GreedySearch(maxent), Map.of(), model.getFactory()));
        TaggerTables tables = TaggerTables.of(model);
        assertThat(tables).as("the shipped model has the expected features").isNotNull();
        WordTagger tagger = new WordTagger(Objects.requireNonNull(tables), new HashMap<>());
        POSContextGenerator generator = model.getFactory().getPOSContextGenerator();
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(model("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
        int positions = 0;
        for (int pass = 0; pass < 2; pass++) { // the second pass reads the words' features from memory
            for (String s : SENTENCES) {
                String[] words = Span.spansToStrings(tokenizer.tokenizePos(s), s);
                String[] tags = greedy.tag(words);
                assertThat(tagger.tag(words)).as(s).containsExactly(tags);
                for (int i = 0; i < words.length; i++) {
                    String[] prior = Arrays.copyOf(tags, i);
                    double[] expected = maxent.eval(generator.getContext(i, words, prior, null));
                    assertThat(tagger.scores(words, prior, i)).as(s + " @" + i).containsExactly(expected);
                    positions++;
                }
            }
        }
        assertThat(positions).isGreaterThan(200);
    }

    @Test
    void kanaAreTheUnicodeBlocks() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            boolean expected = block == Character.UnicodeBlock.HIRAGANA
                    || block == Character.UnicodeBlock.KATAKANA
                    || block == Character.UnicodeBlock.HANGUL_SYLLABLES;
            assertThat(Nlp.isKana(c)).as("U+%04X", (int) c).isEqualTo(expected);
        }
    }

    @Test
    void theLastWordIsWhatTheRegexFinds() {
        Pattern lastWord = Pattern.compile("([\\p{L}.]+)\\.$");
        List<String> texts = List.of(
                "",
                ".",
                "x.",
                "Dr.",
                "met Dr.",
                "the U.S.",
                "a..",
                "(Mr.",
                "Gen.\n",
                "Lt.\r\n",
                "no period",
                "3.",
                "Ave. ",
                "x 𝐀𝐁.",
                "end. .",
                "São Paulo Av.",
                "word-Dr.");
        for (String t : texts) {
            Matcher m = lastWord.matcher(t);
            assertThat(SentenceRules.lastWord(t)).as(t).isEqualTo(m.find() ? m.group(1) : null);
        }
    }

    @Test
    void initialsAreStillSeenBeforeTheNextSentence() {
        List<Sentence> parts = List.of(new Sentence("He met John F.", 0, 14), new Sentence("Kennedy in 1961.", 15, 31));
        String text = "He met John F. Kennedy in 1961.";
        assertThat(SentenceRules.repair(text, parts)).extracting(Sentence::text).containsExactly(text);
    }
}
