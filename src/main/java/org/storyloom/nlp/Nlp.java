package org.storyloom.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.jspecify.annotations.Nullable;

/**
 * Language detection, sentences, tokens with part-of-speech tags and reading time. Models are loaded once from
 * the classpath (the OpenNLP model jars); the OpenNLP tools, which are not thread-safe, are made once per thread.
 * Thread-safe.
 */
public final class Nlp {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String POS_ARTIFACT = "pos.model";
    private static final String LANGUAGE_MODEL = "/langdetect-183.bin";
    /** Language detection reads at most this many characters: enough for a confident guess, and fast. */
    private static final int LANGUAGE_SAMPLE = 600;

    private static final int MIN_LETTERS = 12;
    /** A guess is kept when its confidence is high, or well ahead of the runner-up (short texts score low). */
    private static final double SURE = 0.3;

    private static final double AHEAD = 1.4;

    private final Models models;
    private final ThreadLocal<Tools> tools;

    private Nlp(Models models) {
        this.models = models;
        Map<String, int[]> cuts = new ConcurrentHashMap<>();
        Map<String, TaggerTables.WordFeatures> features = new ConcurrentHashMap<>();
        TaggerTables tables = models.tables();
        this.tools = ThreadLocal.withInitial(() -> new Tools(
                new SentenceDetectorME(models.sentences()),
                new WordSplitter(new TokenizerME(models.tokens()), cuts),
                tables != null ? new WordTagger(tables, features)::tag : new POSTaggerME(models.tags())::tag,
                new LanguageDetectorME(models.languages())));
    }

    /**
     * An instance over the same loaded models that remembers nothing yet (the words the tokenizer and the tagger
     * have met are remembered per instance, shared by its threads): what a new process has, without the loading.
     */
    public Nlp fresh() {
        return new Nlp(models);
    }

    /**
     * Loads the models from the classpath (about a second of work, spread over the processors: the four models are
     * read at the same time); share the instance.
     */
    public static Nlp load() {
        CompletableFuture<SentenceModel> sentences =
                CompletableFuture.supplyAsync(() -> read(SENTENCE_MODEL, SentenceModel::new));
        CompletableFuture<TokenizerModel> tokens =
                CompletableFuture.supplyAsync(() -> read(TOKEN_MODEL, TokenizerModel::new));
        CompletableFuture<LanguageDetectorModel> languages =
                CompletableFuture.supplyAsync(() -> read(LANGUAGE_MODEL, LanguageDetectorModel::new));
        POSModel tags = read(POS_MODEL, POSModel::new);
        TaggerTables tables = TaggerTables.of(tags);
        try {
            return new Nlp(new Models(sentences.join(), tokens.join(), greedy(tags), tables, languages.join()));
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io;
            }
            throw e;
        }
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(String resource, ModelReader<M> reader) {
        try (InputStream in = open(resource)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("nlp: cannot load the OpenNLP model " + resource, e);
        }
    }

    /**
     * The tagger with a beam of one: the model's own beam of three costs about three times the work for a tag
     * sequence that differs rarely, and only in words the later stages do not depend on. The beam of one is
     * searched without a beam ({@link GreedySearch}): same tags, a fraction of the work. When the model's features
     * are the expected ones, {@link WordTagger} does the same search with the features' weights found per word.
     */
    private static POSModel greedy(POSModel model) {
        MaxentModel maxent = model.getArtifact(POS_ARTIFACT);
        if (maxent == null) {
            return model;
        }
        return new POSModel(model.getLanguage(), new GreedySearch(maxent), Map.of(), model.getFactory());
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Nlp.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("nlp: model " + resource + " is not on the classpath");
        }
        return in;
    }

    /** ISO 639-1 code of the text's language ("en", "de", ...), or "und" when the text is too short or unclear. */
    public String language(String text) {
        String sample = text.length() > LANGUAGE_SAMPLE ? text.substring(0, LANGUAGE_SAMPLE) : text;
        if (letters(sample) < MIN_LETTERS) {
            return Languages.UNDETERMINED;
        }
        Language[] guesses = tools.get().languages().predictLanguages(sample);
        if (guesses.length == 0) {
            return Languages.UNDETERMINED;
        }
        Language best = guesses[0];
        double second = guesses.length > 1 ? guesses[1].getConfidence() : 0;
        if (best.getConfidence() < SURE && best.getConfidence() < AHEAD * second) {
            return Languages.UNDETERMINED;
        }
        return Languages.iso1(best.getLang());
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Sentences of an English text (OpenNLP model, then fixes for abbreviations and quotes). */
    public List<Sentence> sentences(String text) {
        return sentences(text, "en");
    }

    /**
     * Sentences of a text in the given language (ISO 639-1): the OpenNLP model for English, a rule-based splitter
     * otherwise. Lines are never joined: a line break ends a sentence.
     */
    public List<Sentence> sentences(String text, String language) {
        boolean english = "en".equals(language);
        List<Sentence> out = new ArrayList<>();
        for (Sentence line : SentenceRules.lines(text)) {
            List<Sentence> parts = english ? modelSentences(line) : SentenceRules.split(text, line);
            out.addAll(SentenceRules.repair(text, parts));
        }
        return List.copyOf(out);
    }

    private List<Sentence> modelSentences(Sentence line) {
        Span[] spans = tools.get().sentences().sentPosDetect(line.text());
        List<Sentence> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            String part = line.text().substring(span.getStart(), span.getEnd());
            SentenceRules.add(out, part, line.start() + span.getStart());
        }
        return out;
    }

    /** Tokens of an English sentence with their UD part-of-speech tags, offsets into the analysed text. */
    public List<Token> tokens(Sentence sentence) {
        Tools t = tools.get();
        Span[] spans = t.tokens().tokenizePos(sentence.text());
        String[] words = Span.spansToStrings(spans, sentence.text());
        String[] tags = t.tags().tag(words);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Contractions.add(
                    out,
                    words[i],
                    sentence.start() + spans[i].getStart(),
                    sentence.start() + spans[i].getEnd(),
                    tags[i]);
        }
        return List.copyOf(out);
    }

    /**
     * Tokens of a sentence in the given language: tagged by the English model for English, split at white space
     * and punctuation with tag {@code X} otherwise.
     */
    public List<Token> tokens(Sentence sentence, String language) {
        return "en".equals(language) ? tokens(sentence) : SentenceRules.plainTokens(sentence);
    }

    /**
     * Analyses a text once: language, sentences and tokens. Text that is not clearly in another language is
     * analysed as English (news in English is what the models know).
     */
    public Analysis analyse(String text) {
        String language = language(text);
        String as = Languages.UNDETERMINED.equals(language) ? "en" : language;
        List<Sentence> sentences = sentences(text, as);
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            tokens.add(tokens(s, as));
        }
        return new Analysis(text, language, sentences, tokens);
    }

    /** Minutes a reader needs for the text at about 230 words a minute (CJK: 500 characters); 0 when empty. */
    public static int readingMinutes(String text) {
        int words = 0;
        int cjk = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isIdeographic(c) || isKana(c)) {
                cjk++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                inWord = false;
            }
        }
        double minutes = words / 230.0 + cjk / 500.0;
        return words + cjk == 0 ? 0 : Math.max(1, (int) Math.round(minutes));
    }

    /** Hiragana, Katakana or Hangul syllables (the Unicode blocks' ranges, without looking the block up). */
    static boolean isKana(char c) {
        return (c >= '\u3040' && c <= '\u30FF') || (c >= '\uAC00' && c <= '\uD7AF');
    }

    /** Tags a sentence's words. */
    private interface Tagger {
        String[] tag(String[] words);
    }

    private record Models(
            SentenceModel sentences,
            TokenizerModel tokens,
            POSModel tags,
            @Nullable TaggerTables tables,
            LanguageDetectorModel languages) {}

    private record Tools(
            SentenceDetectorME sentences, WordSplitter tokens, Tagger tags, LanguageDetectorME languages) {}
}
