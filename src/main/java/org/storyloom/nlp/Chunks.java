package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Proper-noun chunks of a sentence: runs of capitalised name words, joined over "of", "and", particles. */
final class Chunks {

    /** A chunk: tokens {@code start} (inclusive) to {@code end} (exclusive). */
    record Span(int start, int end) {}

    private static final Set<String> NOT_NAME_TAGS =
            Set.of("PUNCT", "PRON", "DET", "AUX", "CCONJ", "SCONJ", "PART", "ADP", "NUM", "SYM", "INTJ");
    private static final Set<String> PARTICLES =
            Set.of("van", "von", "de", "da", "del", "der", "bin", "al", "al-", "la", "le", "du", "dos", "di", "ibn");
    private static final Set<String> OPENERS = Set.of("\"", "“", "‘", "'", "(", "[", "«", "-", "—", "–", ":");

    private final Gazetteer gazetteer;

    Chunks(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static boolean isAcronym(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            } else if (c != '.' && c != '&') {
                return false;
            }
        }
        return letters >= 2 && letters <= 6;
    }

    static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** Whether most words of the sentence are capitalised (a headline or a heading), so case says little. */
    static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int caps = 0;
        for (Token t : tokens) {
            if (Character.isLetter(t.text().codePointAt(0)) && t.text().length() > 3) {
                words++;
                caps += capitalised(t.text()) ? 1 : 0;
            }
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    List<Span> find(List<Token> tokens) {
        List<Span> base = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(tokens, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size()) {
                if (isNameWord(tokens, j)) {
                    j++;
                } else if (j + 1 < tokens.size()
                        && PARTICLES.contains(tokens.get(j).text())
                        && isNameWord(tokens, j + 1)) {
                    j += 2;
                } else {
                    break;
                }
            }
            base.add(new Span(i, j));
            i = j;
        }
        return join(tokens, base);
    }

    private boolean isNameWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text();
        if (!capitalised(w) || NOT_NAME_TAGS.contains(t.tag()) && !isAcronym(w)) {
            return false;
        }
        if (!startsClause(tokens, i) || t.isProperNoun()) {
            return true;
        }
        return gazetteer.find(w) != null
                || gazetteer.isGivenName(w)
                || gazetteer.isDemonym(w)
                || Cues.TITLES.contains(w);
    }

    private static boolean startsClause(List<Token> tokens, int i) {
        return i == 0 || OPENERS.contains(tokens.get(i - 1).text());
    }

    /** Joins "Ministry" + "of" (+ "the") + "Defence"; "National Security" + "and" + "Defense Council". */
    private static List<Span> join(List<Token> tokens, List<Span> base) {
        List<Span> out = new ArrayList<>();
        for (Span s : base) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                int gap = s.start() - prev.end();
                if (gap >= 1 && gap <= 2 && connects(tokens, prev, s)) {
                    out.set(out.size() - 1, new Span(prev.start(), s.end()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean joinedByOf(List<Token> tokens, Span span) {
        for (int i = span.start() + 1; i < span.end() - 1; i++) {
            if ("of".equals(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean connects(List<Token> tokens, Span prev, Span next) {
        String c = tokens.get(prev.end()).text();
        boolean withThe = next.start() - prev.end() == 2;
        if (withThe && !"the".equals(tokens.get(prev.end() + 1).text())
                || Cues.TIME_WORDS.contains(tokens.get(next.start()).text())) {
            return false;
        }
        String prevLast = tokens.get(prev.end() - 1).text();
        String nextLast = tokens.get(next.end() - 1).text();
        return switch (c) {
            case "of", "for", "on" ->
                Cues.OF_HEADS.contains(prevLast) || "for".equals(c) && Cues.ORG_HEADS.contains(nextLast);
            case "and", "&" ->
                !withThe
                        && Cues.ORG_HEADS.contains(nextLast)
                        && !Cues.ORG_HEADS.contains(prevLast)
                        && next.end() - next.start() <= 3;
            default -> false;
        };
    }
}
