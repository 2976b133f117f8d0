package org.storyloom.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Thu, 01 Jan 2004 19:48:21 GMT | 2004-01-01T19:48:21Z",
                "Thu, 01 Jan 2004 19:48:21 +0000 | 2004-01-01T19:48:21Z",
                "01 Jan 2004 19:48:21 EST | 2004-01-02T00:48:21Z",
                "Thu, 1 Jan 04 19:48 PDT | 2004-01-02T02:48:00Z",
                "Thu, 01 Jan 1998 19:48:21 Z | 1998-01-01T19:48:21Z",
                "Thursday, 01-Jan-04 19:48:21 UT | 2004-01-01T19:48:21Z",
                "Thu, 01 January 2004 19:48:21 -0530 | 2004-01-02T01:18:21Z",
                "Thu, 01 Jan 2004 19:48:21 | 2004-01-01T19:48:21Z",
                "01 Jan 2004 | 2004-01-01T00:00:00Z",
                "Sun Jan  4 16:29:06 PST 2004 | 2004-01-05T00:29:06Z",
                "January 4, 2004 4:29 PM | 2004-01-04T16:29:00Z",
                "2003-12-31T10:14:55Z | 2003-12-31T10:14:55Z",
                "2003-12-31T10:14:55.123-08:00 | 2003-12-31T18:14:55Z",
                "2003-12-31T10:14-05:00 | 2003-12-31T15:14:00Z",
                "2003-12-31T10:14:55 | 2003-12-31T10:14:55Z",
                "2003-12-31 10:14:55 | 2003-12-31T10:14:55Z",
                "20031231T101455Z | 2003-12-31T10:14:55Z",
                "2003-12-31 | 2003-12-31T00:00:00Z",
                "2003-12 | 2003-12-01T00:00:00Z",
                "2003 | 2003-01-01T00:00:00Z"
            })
    void readsCommonForms(String raw, String expected) {
        Instant parsed = FeedDates.parse(raw);
        assertThat(parsed).as(raw).isNotNull();
        assertThat(String.valueOf(parsed)).as(raw).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "32 Foo 2004", "2004-13-45T99:99:99Z", "Thu, 31 Feb 2004 10:00:00 GMT"})
    void refusesNonDates(String raw) {
        assertThat(FeedDates.parse(raw)).isNull();
    }
}
