package org.storyloom.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventYearTest {

    private static final Instant UNKNOWN = Instant.EPOCH;

    @Test
    void takesTheLatestYearTheTitleOrTextNames() {
        assertThat(EventYear.latest(
                        "Climber dies on Mount Cook",
                        "16 September 2013 Last updated at 12:42 GMT. A second climber died; in 2008 another fell.",
                        UNKNOWN))
                .isEqualTo(2013);
        assertThat(EventYear.latest(
                        "Turkmen election in 2013", "Voters went to the polls (first vote: 2008).", UNKNOWN))
                .isEqualTo(2013);
    }

    @Test
    void ignoresYearsAfterPublicationAsPlans() {
        Instant published = Instant.parse("2013-08-04T19:47:00Z");
        assertThat(EventYear.latest("", "The new Doctor starts in 2014, the BBC said on 4 August 2013.", published))
                .isEqualTo(2013);
        assertThat(EventYear.latest("", "The new Doctor starts in 2014.", published))
                .isEqualTo(EventYear.NONE);
    }

    @Test
    void ignoresNumbersThatAreNotYears() {
        assertThat(EventYear.latest(
                        "",
                        "Bulletin MS08-078 fixes flaw 20131 in IE7; 1,500 PCs, 3000 users, 1850s maps, A2013 and"
                                + " 2013a are codes, 1776 is too early and 2150 too late.",
                        UNKNOWN))
                .isEqualTo(EventYear.NONE);
    }

    @Test
    void datesOnlyArticlesWithRunningText() {
        assertThat(EventYear.latest("Budget 2014: what it means", "", UNKNOWN)).isEqualTo(EventYear.NONE);
        assertThat(EventYear.latest("Budget 2014: what it means", "The chancellor spoke.", UNKNOWN))
                .isEqualTo(2014);
    }

    @Test
    void readsOnlyTheFirstCharactersOfALongText() {
        String filler = "word ".repeat(EventYear.MAX_CHARS / 5);
        assertThat(EventYear.latest("", "In 2009 it began. " + filler + "In 2013 it ended.", UNKNOWN))
                .isEqualTo(2009);
    }
}
