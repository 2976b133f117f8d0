package org.storyloom.summary.llm;

import java.util.List;
import org.storyloom.summary.CitedSentence;

/** Evidence of one story, as the summary stage would retrieve it: four cited sentences from three articles. */
final class Evidence {

    static final List<CitedSentence> BRIDGE = List.of(
            new CitedSentence(
                    "The Harbor Bridge will close for repairs on Monday, city officials said.",
                    "a1",
                    0,
                    List.of("a1", "a2")),
            new CitedSentence(
                    "Engineers found cracks in two support beams during a routine inspection.", "a2", 3, List.of("a2")),
            new CitedSentence(
                    "The closure is expected to last six weeks and to cost 4.2 million dollars.",
                    "a3",
                    1,
                    List.of("a3")),
            new CitedSentence(
                    "Commuters are advised to use the ferry or the northern tunnel.", "a1", 4, List.of("a1")));

    private Evidence() {}
}
