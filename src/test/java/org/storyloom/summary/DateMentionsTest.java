package org.storyloom.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One hand-written sentence per rule of {@link DateMentions}, and the traps it must not fall into. */
class DateMentionsTest {

    private static final DateMentions DATES = new DateMentions();

    /** Thursday 5 March 2015, noon UTC. */
    private static final Instant THURSDAY = Instant.parse("2015-03-05T12:00:00Z");

    private static List<String> found(String sentence) {
        return found(sentence, THURSDAY);
    }

    private static List<String> found(String sentence, Instant published) {
        return DATES.find(sentence, published).stream()
                .map(d -> d.precision().name().toLowerCase(java.util.Locale.ROOT) + ":" + d.label())
                .toList();
    }

    @Test
    void absoluteDatesInEveryCommonForm() {
        assertThat(found("The deal was signed on March 3, 2015 in Paris.")).containsExactly("day:2015-03-03");
        assertThat(found("It was signed on 3 March 2015.")).containsExactly("day:2015-03-03");
        assertThat(found("The filing is dated 2015-03-03.")).containsExactly("day:2015-03-03");
        assertThat(found("Arrested on Sunday, February 1, 2009, he was released."))
                .containsExactly("day:2009-02-01");
        assertThat(found("FEB. 4, 2009")).containsExactly("day:2009-02-04");
        assertThat(found("Tuesday 28 April 2009 22.34 BST")).containsExactly("day:2009-04-28");
        assertThat(found("It opened in April 2014 and closed in mid-March 2015."))
                .containsExactly("month:2014-04", "month:2015-03");
        assertThat(found("The company was founded in 2012.")).containsExactly("year:2012");
    }

    @Test
    void aDateWithoutAYearTakesTheYearItsTenseSays() {
        assertThat(found("Talks began 3 March.")).containsExactly("day:2015-03-03");
        assertThat(found("He was fired on June 8.")).containsExactly("day:2014-06-08");
        assertThat(found("He will be sentenced November 8.")).containsExactly("day:2015-11-08");
        assertThat(found("The vote is scheduled for December 15 of this year.")).containsExactly("day:2015-12-15");
    }

    @Test
    void aWeekdayBesideTheDatePicksTheYear() {
        assertThat(found("On Thursday, November 10th, the camp was bombed.")).containsExactly("day:2016-11-10");
        assertThat(found("On Thursday, November 10th, the camp was bombed.", Instant.parse("2011-11-14T12:00:00Z")))
                .containsExactly("day:2011-11-10");
    }

    @Test
    void daysNamedFromThePublishDay() {
        assertThat(found("Yesterday, police said the man was arrested.")).containsExactly("day:2015-03-04");
        assertThat(found("The minister resigned today.")).containsExactly("day:2015-03-05");
        assertThat(found("The vote is tomorrow.")).containsExactly("day:2015-03-06");
        assertThat(found("Protesters gathered last night.")).containsExactly("day:2015-03-04");
        assertThat(found("The fire broke out this morning.")).containsExactly("day:2015-03-05");
    }

    @Test
    void agoCountsBackFromThePublishDay() {
        assertThat(found("He left two days ago.")).containsExactly("day:2015-03-03");
        assertThat(found("Weeks ago, he had denied it.")).containsExactly("week:2015-02-19");
        assertThat(found("It was announced a few weeks ago.")).containsExactly("week:2015-02-12");
        assertThat(found("The plant closed three months ago.")).containsExactly("month:2014-12");
        assertThat(found("Two years ago, the team won.")).containsExactly("year:2013");
        assertThat(found("Years ago, he lived there.")).isEmpty();
    }

    @Test
    void relativeWeeksMonthsAndYears() {
        assertThat(found("Police said two people died last week.")).containsExactly("week:2015-02-26");
        assertThat(found("Earlier this month the company said it expected a loss this year, after last year's profit."))
                .containsExactly("month:2015-03", "year:2015", "year:2014");
        assertThat(found("The plan was approved last month and takes effect next year."))
                .containsExactly("month:2015-02", "year:2016");
        assertThat(found("He was arrested last weekend.")).containsExactly("week:2015-02-28");
        assertThat(found("The talks will resume next week.")).containsExactly("week:2015-03-12");
    }

    @Test
    void weekdaysLookBackUnlessTheWordsSpeakOfTheFuture() {
        assertThat(found("The company announced on Thursday that it would cut jobs."))
                .containsExactly("day:2015-03-05");
        assertThat(found("He was arrested Monday night.")).containsExactly("day:2015-03-02");
        assertThat(found("The trial will begin on Monday.")).containsExactly("day:2015-03-09");
        assertThat(found("He said he would resign next Tuesday.")).containsExactly("day:2015-03-10");
        assertThat(found("The letters were sent last Friday.")).containsExactly("day:2015-02-27");
        assertThat(found("A vigil will be held on Saturday.")).containsExactly("day:2015-03-07");
        assertThat(found("The judge said before postponing the testimony until Monday."))
                .containsExactly("day:2015-03-09");
        assertThat(found("The witness had expected to testify on Tuesday.")).containsExactly("day:2015-03-03");
    }

    @Test
    void aWeekdayWithNoTenseToGoByIsTheNearerOne() {
        assertThat(found("The Saints open the playoffs in Seattle on Saturday."))
                .containsExactly("day:2015-03-07");
        assertThat(found("Police arrested the suspect on Tuesday.")).containsExactly("day:2015-03-03");
    }

    @Test
    void aMonthAloneIsTheNearestOneOnTheSideItsTenseSays() {
        assertThat(found("In April, he quit.")).containsExactly("month:2014-04");
        assertThat(found("The store will open in April.")).containsExactly("month:2015-04");
        assertThat(found("The rule was made last December.")).containsExactly("month:2014-12");
        assertThat(found("In April last year an earthquake struck.")).containsExactly("month:2014-04");
        assertThat(found("He won a January referendum.")).containsExactly("month:2015-01");
        assertThat(found("The special is set for November.")).containsExactly("month:2015-11");
    }

    @Test
    void yearsOnlyInADatesCompany() {
        assertThat(found("Obama's 2012 campaign and the 2008 election were costly."))
                .containsExactly("year:2012", "year:2008");
        assertThat(found("He suffered through an injury-plagued 2010 season.")).containsExactly("year:2010");
        assertThat(found("Between 1991 and 1998, he was in and out of prison."))
                .containsExactly("year:1991", "year:1998");
        assertThat(found("By the end of 2007, it was obvious.")).containsExactly("year:2007");
    }

    @Test
    void trapsThatAreNoDates() {
        assertThat(found("Theresa May said she may march on the capital.")).isEmpty();
        assertThat(found("Chelsea may suffer setbacks; protesters began to march slowly."))
                .isEmpty();
        assertThat(found("The Sunday Times reported it, the pilot told the Herald on Sunday."))
                .isEmpty();
        assertThat(found("About 2,000 people watched the 4-3 win at 10:30 a.m."))
                .isEmpty();
        assertThat(found("The 23-year-old, aged 23, scored 2 goals.")).isEmpty();
        assertThat(found("Crowds of 2000 people and 1500 troops gathered.")).isEmpty();
        assertThat(found("The buildings date back to the mid 1930's and the 1990s."))
                .isEmpty();
        assertThat(found("Patches come out on the second Tuesday of every month, Patch Tuesday."))
                .isEmpty();
        assertThat(found("It runs on Windows Server 2003, and 2008.")).isEmpty();
        assertThat(found("He has lived there over the last year and for the past week."))
                .isEmpty();
        assertThat(found("It reported the story in USA Today.")).isEmpty();
        assertThat(found("He drove his 2008 Bentley at 94 mph.")).isEmpty();
    }

    @Test
    void relativeDatesNeedAPublishTimeAbsoluteOnesDoNot() {
        assertThat(DATES.find("He left yesterday, on March 3, 2015.", null))
                .extracting(DateMention::label)
                .containsExactly("2015-03-03");
    }

    @Test
    void spansLeaveOutTheLeadingPreposition() {
        DateMention d = DATES.find("It happened on Thursday.", THURSDAY).getFirst();
        assertThat(d.text()).isEqualTo("Thursday");
        assertThat("It happened on Thursday.".substring(d.start(), d.end())).isEqualTo("Thursday");
        assertThat(d.date()).isEqualTo(LocalDate.of(2015, 3, 5));
    }

    @Test
    void thePublishDayIsTakenInTheZoneGiven() {
        Instant lateEvening = Instant.parse("2015-03-06T02:00:00Z");
        assertThat(found("The vigil was held tonight.", lateEvening)).containsExactly("day:2015-03-06");
        assertThat(new DateMentions(ZoneId.of("America/New_York")).find("The vigil was held tonight.", lateEvening))
                .extracting(DateMention::label)
                .containsExactly("2015-03-05");
    }
}
