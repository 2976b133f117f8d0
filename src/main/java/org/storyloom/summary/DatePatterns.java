package org.storyloom.summary;

import java.util.Locale;
import java.util.regex.Pattern;

/** The compiled expressions {@link DateMentions} scans a sentence with; each kind of date has one. */
final class DatePatterns {

    private DatePatterns() {}

    static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"
    };

    static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    /** A month name, title case or capitals (lower case "may" and "march" are verbs); abbreviations too. */
    static final String MONTH =
            "(?=[JFMASOND])(?<month>" + names(MONTHS) + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
                    + "|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\\.?)(?![A-Za-z])";

    private static final String WEEKDAY_NAME = names(WEEKDAYS);

    /** An optional weekday before a date: "Tuesday, March 3". */
    private static final String DATE_WEEKDAY = "(?:(?<dw>" + WEEKDAY_NAME + "|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri"
            + "|Sat|Sun)\\.?),?\\s+(?:the\\s+)?)?";

    private static final String YEAR = "(?<year>(?:1[89]|20)\\d\\d)(?!\\d|[.,]\\d{3}|-\\d{3}|['’]?s\\b)";

    /** The year after a day and month: ", 2015", " 2015", " of this year". */
    private static final String YEAR_AFTER = "(?:,?\\s+" + YEAR + "|\\s+of\\s+(?<rel>this|last|next)\\s+year\\b)?";

    /** What may not follow a day of the month: more digits, a time, a percentage, a score. */
    private static final String NOT_NUMBER = "(?![\\d:%]|[.,]\\d|\\s*(?:a\\.\\s?m|p\\.\\s?m|am\\b|pm\\b|percent))";

    private static final String DAY =
            "(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(?:3[01]|[12]\\d|0?[1-9]))?";

    /** 2015-03-03. */
    static final Pattern ISO = Pattern.compile(
            "(?<![\\d-])(?<year>(?:19|20)\\d\\d)-(?<mon>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?![\\d-])");

    /** 3/3/2015, month first. */
    static final Pattern SLASH = Pattern.compile(
            "(?<![\\d/])(?<mon>1[0-2]|0?[1-9])/(?<day>3[01]|[12]\\d|0?[1-9])/(?<year>(?:19|20)\\d\\d)(?![\\d/])");

    /** March 3, 2015; Tuesday, March 3; Nov. 10th. */
    static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![A-Za-z0-9])(?=[MTWFSJAOND])" + DATE_WEEKDAY + MONTH + "\\.?\\s+" + DAY + NOT_NUMBER + YEAR_AFTER);

    /** 3 March 2015; Tuesday 28 April 2009; the 3rd of March. */
    static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![A-Za-z0-9.,:$£€])(?=[MTWFS0-9])" + DATE_WEEKDAY + DAY + "(?:\\s+of)?\\s+" + MONTH + YEAR_AFTER);

    /** April 2014; mid-March 2015. */
    static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![A-Za-z0-9])(?=[elmJFMASOND])(?:(?<mod>early|late|mid)[- ]?)?" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR);

    /** A month with no day or year, only after a word that makes it a date: in April, last April, mid-March. */
    static final Pattern MONTH_ALONE =
            Pattern.compile("(?<![A-Za-z0-9])(?=[A-Za-z])(?:\\b(?<cue>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough"
                    + "|[Dd]uring|[Ff]rom|[Ff]or|[Bb]efore|[Aa]fter|[Bb]etween|and|or|to|(?:end|beginning|start|middle) of)\\s+"
                    + "|\\b(?<art>[Aa]n?|[Tt]he)\\s+)?"
                    + "(?:\\b(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Ee]arlier this|[Ll]ater this)[- ]?)?"
                    + MONTH + "(?![\\w-]|\\s+\\d|['’]s\\s+(?:government|cabinet|party|deal|spokes))");

    /** What must follow a month after an article for it to be a date: a noun ("a January referendum"). */
    static final Pattern NOUN_AFTER =
            Pattern.compile("\\s+(?!(?:on|of|in|to|for|and|or|the|by|at|was|is|has|had|will|said|says)\\b)[a-z]{3,}");

    /** A year after a word that makes it one: in 2012, since 1998, the 2012 election, Obama's 2012 campaign. */
    static final Pattern YEAR_ALONE = Pattern.compile(
            "(?<![A-Za-z0-9])(?=[A-Za-z])(?:(?:\\b(?<cue>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough"
                    + "|[Dd]uring|[Ff]rom|of|[Bb]efore|[Aa]fter|[Bb]etween|and|or|to|[Tt]he|[Aa]n?|[Aa]round|[Ee]arly|[Ll]ate"
                    + "|[Mm]id|summer|spring|autumn|fall|winter|year)|[A-Za-z]+['’]s?)\\s+|\\b(?<mid>[Mm]id|[Ee]arly|[Ll]ate)-)"
                    + YEAR
                    + "(?![\\w%]|\\s*(?:percent|per\\b|people|persons|troops|soldiers|men|women|children|residents|workers"
                    + "|jobs|homes|houses|votes|miles|km|kilomet|met(?:er|re)s|feet|yards|points|euros|dollars|pounds|tons"
                    + "|tonnes|barrels|units|cases|deaths|members|employees|students|cars|acres|times|years|days|hours"
                    + "|minutes))");

    /** A year named by what happened in it: the 2010 season, a 2012 election. */
    static final Pattern YEAR_EVENT = Pattern.compile(
            "(?<![\\w$£€.,:-]|[\\d.,]\\s)" + YEAR + "(?=\\s+(?:[A-Z]\\w+\\s+)?"
                    + "(?:season|elections?|campaign|census|budget|Olympics|Games|World Cup|tournament|playoffs|championships?"
                    + "|finals?|vote|referendum|Christmas|summit|film|movie|album|attacks?|shooting|earthquake|tsunami|crisis"
                    + "|war|storm|hurricane|flood|accident|crash|law|act|Act|report|survey|study|deal|agreement|treaty)\\b)");

    /** April last year, March this year. */
    static final Pattern MONTH_RELATIVE_YEAR =
            Pattern.compile("(?<![A-Za-z0-9])" + MONTH + "\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year\\b");

    /** Yesterday, today, tonight, tomorrow, this morning, last night. */
    static final Pattern DAY_WORD = Pattern.compile(
            "(?i)(?<![a-z0-9])(?=[tyl])(?<word>the day before yesterday|yesterday|today|tonight"
                    + "|tomorrow|this (?:morning|afternoon|evening)|last night)\\b(?!\\s+(?:show|programme|program)\\b)");

    /** Two days ago, weeks ago, a year ago. */
    static final Pattern AGO =
            Pattern.compile("(?i)(?<![a-z0-9])(?=[a-z0-9])(?:(?<n>an?|one|two|three|four|five|six|seven|eight|nine|ten"
                    + "|eleven|twelve|\\d{1,2}|a few|a couple of|several|some|many)\\s+)?(?<unit>days?|weeks?|months?|years?)"
                    + "\\s+ago\\b");

    /** Last week, this month, earlier this year, next weekend; not "the last year" (a duration). */
    static final Pattern UNIT =
            Pattern.compile("(?i)(?<![a-z0-9])(?=[ltneoad])(?<!\\bthe\\s)(?<!\\bthe\\s\\s)(?<mod>last|this|next"
                    + "|(?:earlier|later|early|late) (?:this|last|next)|(?:earlier|later) in the)\\s+(?<unit>weekend|week|month"
                    + "|year)\\b(?![-–])|\\b(?:over|at|on|during) the (?<unit2>weekend)\\b");

    /** Thursday, on Thursday, last Thursday, next Tuesday, Monday night; not the Sunday Times. */
    static final Pattern WEEKDAY = Pattern.compile(
            "(?<![A-Za-z0-9])(?=[A-Za-z])(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince"
                    + "|[Ff]rom|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate)\\s+)?(?<wd>" + WEEKDAY_NAME + ")(?![A-Za-z])"
                    + "(?:['’]s)?(?:\\s+(?<part>morning|afternoon|evening|night|overnight)\\b)?"
                    + "(?!\\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Independent|Tribune|People|Sport|Star"
                    + "|Night\\s+(?:Live|Football|Raw)|Morning\\s+Football|Business))");

    /** Words that make a weekday a name or a recurring day: Patch Tuesday, the second Tuesday, every Monday. */
    static final Pattern WEEKDAY_NAME_BEFORE = Pattern.compile("(?:\\b(?:Patch|Super|Black|Good|Easter|Ash|Cyber|Holy"
            + "|Palm|Shrove|Fat|Giving|Bloody|first|second|third|fourth|fifth|every|each)|(?:Herald|Mail|Observer|Times"
            + "|News|Star|Independent|Express|Mirror|Telegraph|Post|People|Sport|Sun)\\s+on)\\s+$");

    private static String names(String[] names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            out.append(out.isEmpty() ? "" : "|").append(name).append('|').append(name.toUpperCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** The month (1-12) a matched name or abbreviation stands for. */
    static int month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].substring(0, 3).toLowerCase(Locale.ROOT).equals(key)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("summary: no month " + name);
    }

    /** The ISO day of week (1 = Monday) a matched weekday name or abbreviation stands for. */
    static int weekday(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < WEEKDAYS.length; i++) {
            if (WEEKDAYS[i].substring(0, 3).toLowerCase(Locale.ROOT).equals(key)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("summary: no weekday " + name);
    }
}
