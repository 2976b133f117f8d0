package org.storyloom.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HashtagsTest {

    private static Nlp nlp;
    private final Hashtags hashtags = new Hashtags();

    @BeforeAll
    static void load() {
        nlp = Nlp.load();
    }

    private List<String> tags(String title, String text, List<Hashtags.Named> names) {
        List<Token> titleTokens = nlp.tokens(new Sentence(title, 0, title.length()));
        List<List<Token>> sentences =
                nlp.sentences(text).stream().map(nlp::tokens).toList();
        return hashtags.tags(titleTokens, sentences, names, null);
    }

    private static final String TITLE = "North Korean Soldiers Praised by Russia for Fighting Ukraine";
    private static final String TEXT = "Russia's Security Council secretary Sergei Shoigu praised North Korean troops"
            + " who fought in the Kursk region. Shoigu met Kim Jong Un in Pyongyang on Wednesday. \"They fought for"
            + " the liberation of our land,\" Shoigu said. North Korea sent about 11,000 soldiers to Kursk last year,"
            + " according to South Korea. Kim Jong-un has not commented on the losses. The soldiers fought"
            + " alongside Russian troops, and the Kursk offensive ended in April.";

    @Test
    void namesFromTheTextBecomeCamelCaseTagsWithoutRepeats() {
        List<String> tags = tags(
                TITLE,
                TEXT,
                List.of(
                        new Hashtags.Named("Sergei Shoigu", List.of("Shoigu"), 0.9),
                        new Hashtags.Named("Kim Jong Un", List.of("Kim Jong-un", "Kim"), 0.6),
                        new Hashtags.Named("Kursk", List.of(), 0.7),
                        new Hashtags.Named("North Korea", List.of(), 0.6)));
        assertThat(tags).hasSizeBetween(3, 8);
        assertThat(tags).contains("#SergeiShoigu", "#KimJongUn", "#Kursk", "#NorthKorea");
        assertThat(tags).doesNotContain("#Shoigu", "#KimJongun", "#Kim", "#North");
        assertThat(tags).doesNotHaveDuplicates();
        assertThat(tags.subList(0, 3)).as(tags.toString()).contains("#SergeiShoigu");
    }

    @Test
    void withoutEntitiesProperNounsAndRepeatedNounsStillGiveTags() {
        List<String> tags = tags(TITLE, TEXT, List.of());
        assertThat(tags).hasSizeBetween(3, 8);
        assertThat(tags).contains("#Kursk");
        assertThat(tags).as("a Title Case headline is not one long name").noneMatch(t -> t.contains("Praised"));
        assertThat(tags).contains("#Russia", "#Soldiers");
    }

    @Test
    void anEmptyArticleHasNoTags() {
        assertThat(hashtags.tags(List.of(), List.of(), List.of(), null)).isEmpty();
    }

    @Test
    void closenessReordersTheCandidates() {
        List<Token> title = nlp.tokens(new Sentence("Apple and Orange", 0, 16));
        List<String> plain = hashtags.tags(title, List.of(), List.of(), null);
        List<String> ranked = hashtags.tags(
                title,
                List.of(),
                List.of(),
                phrases -> phrases.stream()
                        .map(p -> p.equals("Orange") ? 1.0 : -1.0)
                        .toList());
        assertThat(plain).containsExactly("#Apple", "#Orange");
        assertThat(ranked).containsExactly("#Orange", "#Apple");
    }

    @Test
    void tagNamesAreCanonical() {
        assertThat(TagNames.hashtag("Kim Jong-un")).isEqualTo("#KimJongUn");
        assertThat(TagNames.hashtag("UN Security Council")).isEqualTo("#UNSecurityCouncil");
        assertThat(TagNames.hashtag("Russia's")).isEqualTo("#Russia");
        assertThat(TagNames.hashtag("drone attack")).isEqualTo("#DroneAttack");
        assertThat(TagNames.hashtag("BRUSSELS")).isEqualTo("#Brussels");
        assertThat(TagNames.hashtag("--")).isEmpty();
        assertThat(TagNames.key("Kim Jong-un")).isEqualTo(TagNames.key("Kim Jong Un"));
        assertThat(TagNames.key("Zelenskyy")).isEqualTo(TagNames.key("Zelénskyy"));
    }
}
