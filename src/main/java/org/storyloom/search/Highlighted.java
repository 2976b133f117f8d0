package org.storyloom.search;

import java.util.List;
import java.util.stream.Collectors;

/** Text with the words that matched the query marked; a page escapes every part and wraps marked ones. */
public record Highlighted(List<Part> parts) {

    public Highlighted {
        parts = List.copyOf(parts);
    }

    /** A run of text, marked when it matched. */
    public record Part(String text, boolean match) {}

    public static Highlighted plain(String text) {
        return new Highlighted(text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    /** The text without marks. */
    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    /** The text with each match between {@code open} and {@code close}, e.g. for a terminal. */
    public String marked(String open, String close) {
        return parts.stream()
                .map(p -> p.match() ? open + p.text() + close : p.text())
                .collect(Collectors.joining());
    }

    public boolean hasMatch() {
        return parts.stream().anyMatch(Part::match);
    }
}
