package org.storyloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Class and id names are judged by word look-ups: whole words, hyphenated pairs and markers anywhere. */
class NameWordsTest {

    private static final Set<String> WORDS = Set.of("ad", "share", "most-popular", "mostpopular");

    @Test
    void wordsMatchWholeBetweenSeparatorsOnly() {
        assertThat(NameWords.hasWord("top-ad slot", WORDS)).isTrue();
        assertThat(NameWords.hasWord("Share_Bar", WORDS)).isTrue();
        assertThat(NameWords.hasWord("header", WORDS)).isFalse();
        assertThat(NameWords.hasWord("adverb", WORDS)).isFalse();
    }

    @Test
    void adjacentWordsMatchJoined() {
        assertThat(NameWords.hasWord("box most-popular", WORDS)).isTrue();
        assertThat(NameWords.hasWord("most_popular", WORDS)).isTrue();
        assertThat(NameWords.hasWord("most big popular", WORDS)).isFalse();
    }

    @Test
    void furnitureAndContentNamesKeepTheirMeaning() {
        assertThat(Hints.unlikelyNames("sidebar-widget")).isTrue();
        assertThat(Hints.unlikelyNames("article-comments")).isTrue();
        assertThat(Hints.unlikelyNames("article-body share")).isFalse();
        assertThat(Hints.unlikelyNames("entry-content")).isFalse();
        assertThat(Hints.classWeight("post-content")).isEqualTo(25);
        assertThat(Hints.classWeight("widget")).isEqualTo(-25);
    }

    @Test
    void theBoilerplateScreenPassesEveryCandidateAndSkipsProse() {
        assertThat(BoilerplateFilter.mayBeBoilerplate("Sign up for our newsletter"))
                .isTrue();
        assertThat(BoilerplateFilter.mayBeBoilerplate("Advertisement")).isTrue();
        assertThat(BoilerplateFilter.mayBeBoilerplate("5 min read")).isTrue();
        assertThat(BoilerplateFilter.mayBeBoilerplate("The council met on Tuesday to vote."))
                .isFalse();
    }
}
