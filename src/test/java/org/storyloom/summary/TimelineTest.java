package org.storyloom.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyloom.nlp.Nlp;

/** A story's timeline from hand-written articles: dated, merged across outlets, cited, ordered, capped. */
class TimelineTest {

    private static final StorySentences SENTENCES = new StorySentences(Nlp.load());

    private static List<TimelineEvent> timeline(Timeline timeline, List<SourceArticle> articles) {
        return timeline.of(articles, SENTENCES.of(articles));
    }

    private static final List<SourceArticle> STORY = List.of(
            new SourceArticle(
                    "wire-1", "Quake hits coastal province", """
                    Tuesday 2 July 2013 10:00 GMT
                    A strong earthquake struck the coastal province of Aceh on Tuesday, killing at least one person.
                    Rescue teams reached the worst hit villages late in the afternoon.
                    A massive quake struck off the same coast in 2004, causing a tsunami that killed thousands.
                    """, Instant.parse("2013-07-02T10:00:00Z"), "Wire"),
            new SourceArticle(
                    "daily-2", "Aftershocks rattle Aceh", """
                    Officials said a strong earthquake struck the coastal province of Aceh on Tuesday, killing one.
                    Two aftershocks shook the region yesterday, officials said.
                    The government will send more aid to the province next week, the minister told reporters.
                    Many residents slept outside for fear of more shaking.
                    """, Instant.parse("2013-07-04T09:00:00Z"), "Daily"));

    @Test
    void eventsAreDatedAgainstTheirOwnArticleMergedAcrossOutletsAndOrdered() {
        List<TimelineEvent> events = timeline(new Timeline(new DateMentions()), STORY);
        assertThat(events)
                .extracting(TimelineEvent::date)
                .containsExactly(
                        LocalDate.of(2004, 1, 1),
                        LocalDate.of(2013, 7, 2),
                        LocalDate.of(2013, 7, 3),
                        LocalDate.of(2013, 7, 11));
        assertThat(events)
                .extracting(TimelineEvent::precision)
                .containsExactly(DatePrecision.YEAR, DatePrecision.DAY, DatePrecision.DAY, DatePrecision.WEEK);
        CitedSentence quake = events.get(1).event();
        assertThat(quake.articleId()).isEqualTo("wire-1");
        assertThat(quake.sources()).containsExactly("wire-1", "daily-2");
        assertThat(quake.text()).startsWith("A strong earthquake struck");
        assertThat(events.get(2).event().text()).contains("aftershocks").doesNotContain("Tuesday");
        assertThat(events.get(2).event().sources()).containsExactly("daily-2");
    }

    @Test
    void undatedSentencesAndDatelinesAreNoEvents() {
        List<TimelineEvent> events = timeline(new Timeline(new DateMentions()), STORY);
        assertThat(events)
                .extracting(e -> e.event().text())
                .noneMatch(text -> text.startsWith("Tuesday 2 July 2013"))
                .noneMatch(text -> text.contains("Rescue teams"))
                .noneMatch(text -> text.contains("slept outside"));
    }

    @Test
    void theStatementDateGivesWayToTheEventDate() {
        String text = "Police said on Friday that the suspect was arrested on March 3 in Leeds.";
        List<DateMention> found = new DateMentions().find(text, Instant.parse("2015-03-06T12:00:00Z"));
        assertThat(Timeline.pick(text, found)).extracting(DateMention::date).isEqualTo(LocalDate.of(2015, 3, 3));
    }

    @Test
    void theCapKeepsTheMostReportedEventsStillInDateOrder() {
        List<SourceArticle> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            articles.add(new SourceArticle(
                    "a" + i,
                    "",
                    "The council approved the new budget for the harbour on Monday after a long debate. "
                            + "Local residents first protested against the harbour plan in " + (2000 + i)
                            + " outside the town hall.",
                    Instant.parse("2015-03-05T12:00:00Z"),
                    "Outlet " + i));
        }
        List<TimelineEvent> events = timeline(new Timeline(new DateMentions(), 3), articles);
        assertThat(events).hasSize(3);
        assertThat(events.getLast().date()).isEqualTo(LocalDate.of(2015, 3, 2));
        assertThat(events.getLast().event().sources()).containsExactly("a0", "a1", "a2", "a3", "a4", "a5");
        assertThat(events).extracting(TimelineEvent::date).isSorted();
    }

    @Test
    void aStoryWithoutDatesHasNoTimeline() {
        SourceArticle plain =
                new SourceArticle("p", "", "The mayor visited the school. Pupils showed her their garden.", null, "");
        assertThat(timeline(new Timeline(new DateMentions()), List.of(plain))).isEmpty();
    }
}
