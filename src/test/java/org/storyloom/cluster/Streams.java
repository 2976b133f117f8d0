package org.storyloom.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.storyloom.dedup.DedupConfig;
import org.storyloom.dedup.Deduplicator;

/** Hand-made article streams and a stage wired for tests. */
final class Streams {

    static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");

    private Streams() {}

    static StoryStage stage(StoryClusterer clusterer) {
        return new StoryStage(
                new Deduplicator(DedupConfig.defaults()),
                new BagOfWordsEmbedder(),
                clusterer,
                InstantSource.fixed(T0),
                50);
    }

    static StoryClusterer clusterer() {
        return new StoryClusterer(ClusterConfig.defaults(), BagOfWordsEmbedder.DIMENSIONS);
    }

    static StoryStage.Incoming article(String id, String title, String text, int minutes, String source) {
        return new StoryStage.Incoming(id, title, text, T0.plus(Duration.ofMinutes(minutes)), source, null);
    }

    /** Four events: an earthquake, a football final, a central bank decision, a summit; three outlets each. */
    static List<StoryStage.Incoming> fourEvents() {
        List<StoryStage.Incoming> out = new ArrayList<>();
        String[][] events = {
            {
                "quake",
                "Earthquake of magnitude 6.1 strikes Sumatra, tsunami warning lifted",
                "A strong earthquake shook western Sumatra in Indonesia on Monday, officials said, and a tsunami warning was lifted."
            },
            {
                "final",
                "Rovers beat Athletic 3-1 in the cup final at Wembley",
                "Rovers won the cup final at Wembley, beating Athletic 3-1 with two late goals from Okafor."
            },
            {
                "bank",
                "Central bank raises interest rates to fight inflation",
                "The central bank raised its benchmark interest rate by a quarter point as inflation stayed high."
            },
            {
                "summit",
                "Kim Jong Un meets Putin at Vostochny for arms talks",
                "North Korean leader Kim Jong Un met Vladimir Putin at the Vostochny cosmodrome to discuss arms."
            }
        };
        String[] sources = {"Harbour Gazette", "Valley Times", "Coast Herald"};
        String[][] variants = {
            {"", ""},
            {"Update: ", " More details were given later."},
            {"", " Reporters at the scene described the reaction."}
        };
        int minute = 0;
        for (int round = 0; round < 3; round++) {
            for (String[] e : events) {
                out.add(article(
                        e[0] + "-" + round,
                        variants[round][0] + e[1],
                        e[2] + variants[round][1],
                        minute += 7,
                        sources[round]));
            }
        }
        return out;
    }
}
