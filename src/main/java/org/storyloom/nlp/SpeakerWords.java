package org.storyloom.nlp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Word lists for speakers: pronouns, determiners, titles, organisation and outlet heads. General English only. */
final class SpeakerWords {

    static final Set<String> PRONOUNS = set("""
            he she they i we it you
            """);

    static final Set<String> DETERMINERS = set("""
            the a an his her its their our one another this that these those some many most several both other
            two three four five each any no all more few
            """);

    /** Words that end a subject when met leftwards from a cue, or an object rightwards. */
    static final Set<String> BOUNDARIES = set("""
            and but or that which who whom while as when because if since where after before although though
            than so what how why whether then to in on at for with from by about into over under not is was are
            were be been being this there here yet also during despite however meanwhile instead until amid
            among through throughout following within without against like unlike per via asked speaking
            according earlier later still now indeed instead thus hence
            """);

    /** Words between a subject and its cue: auxiliaries and adverbs ("has also said", "later told"). */
    static final Set<String> BETWEEN = set("""
            also has have had would will later then again once previously recently reportedly publicly earlier
            further subsequently simply just often repeatedly did does do has flatly quickly bluntly famously
            told only even had could may might must should privately herself himself last first immediately
            angrily frequently openly explicitly directly shall never always still already not recently even now
            firmly specifically
            """);

    /** Adverbs that open a sentence before its subject ("Even China, ... said"); never part of a name. */
    static final Set<String> LEADING_ADVERBS = set("""
            even only just
            """);

    /** Words that open a title before a name ("Russian President Vladimir Putin"). */
    static final Set<String> TITLES = set("""
            president minister secretary senator sen rep gov governor mr mrs ms miss dr judge general gen leader
            chairman chairwoman chair prime foreign defense defence press spokesman spokeswoman spokesperson
            director ceo chief deputy vice former state attorney justice mayor king queen prince princess pope
            ambassador commander lt col sgt adm admiral colonel captain capt representative speaker majority
            minority whip candidate nominee sheriff officer professor prof rev reverend sir lord lady councillor
            councilman councilwoman commissioner superintendent chancellor premier sheikh ayatollah elect
            assistant executive democratic republican gop first coach manager founder host anchor ex acting
            interior finance health education energy homeland security national us u.s federal district
            presidential treasury labor trade agriculture transportation commerce army navy air force marshal
            field lieutenant sergeant major private corporal brig maj supreme high deputy special envoy adviser
            advisor counsel economy economic culture sports sport justice immigration emeritus senior pastor
            bishop cardinal rabbi imam sultan emir crown secretary-general director-general house senate
            congressman congresswoman assemblyman assemblywoman legislator mp mep spokesperson dame dep
            """);

    /** Heads of descriptions of a person ("the former defense minister", "the New York businessman"). */
    static final Set<String> ROLES = set("""
            businessman businesswoman official lawmaker politician diplomat envoy leader nominee candidate
            congressman congresswoman senator governor mayor president minister secretary spokesman spokeswoman
            spokesperson billionaire mogul democrat republican lawyer attorney judge chief general commander
            officer aide adviser advisor strategist pollster economist analyst professor author executive
            founder chairman chairwoman director ambassador premier chancellor king queen prince pope actor
            actress singer star veteran activist host anchor mother father woman man widow owner manager coach
            player teacher doctor physician scientist researcher expert historian reporter journalist columnist
            editor writer critic rival opponent incumbent challenger frontrunner front-runner representative
            legislator delegate mp
            """);

    /** Labels of a news agency's layout ("Quote: ...", "Source: ...") that name no speaker. */
    static final Set<String> LABELS = set("""
            quote quotes details source sources background update note context photo video reference read also
            more watch listen correction clarification
            """);

    /** Heads that make a chunk an organisation ("South Korea's Foreign Ministry", "the Security Council"). */
    static final Set<String> ORGANIZATION_HEADS = set("""
            ministry department office council agency committee commission party campaign government
            administration kremlin pentagon court bureau service corp corporation inc university institute
            foundation association union bank company group army military police embassy parliament congress
            senate assembly organization organisation fund center centre network news times post journal tribune
            herald pravda gazette telegraph guardian daily review press club coalition alliance federation board
            authority forces command staff team society institution project watch nations cabinet house co llc
            ltd plc newswire magazine radio television tv channel broadcaster statement report poll survey study
            website spokesman spokeswoman
            """);

    /** Heads and names of news outlets, which report what others say ("Kremlin newswire Tass"). */
    static final Set<String> OUTLETS = set("""
            newswire agency news newspaper daily broadcaster television tv radio outlet channel magazine tabloid
            wire times post journal pravda gazette herald tribune telegraph guardian tass kcna reuters ap afp
            xinhua yonhap interfax ria bloomberg cnn bbc nbc cbs abc msnbc politico axios ukrinform unian kyodo
            nhk dpa efe ansa anadolu izvestia kommersant vedomosti rt sputnik fox media press website site paper
            """);

    static final Set<String> TIME_WORDS = set("""
            monday tuesday wednesday thursday friday saturday sunday january february march april may june july
            august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today
            yesterday tonight earlier later last this next week month year morning afternoon evening night
            """);

    /** Plural or collective heads that can speak without a determiner ("officials said", "sources told"). */
    static final Set<String> BARE_SPEAKERS = set("""
            officials sources experts analysts critics aides people residents authorities police lawmakers
            democrats republicans witnesses investigators prosecutors supporters opponents voters observers
            diplomats researchers scientists economists historians advocates activists protesters students
            parents doctors spokesman spokeswoman spokesperson someone nobody everyone reporters insiders
            organizers staffers members leaders donors residents
            """);

    private SpeakerWords() {}

    private static Set<String> set(String words) {
        return Set.copyOf(Arrays.asList(words.strip().split("\\s+")));
    }

    static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }
}
