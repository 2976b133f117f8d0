package org.storyloom.web.view;

import java.util.List;

/** The story page's summary blocks: brief, what is new, timeline, how coverage differs. */
public record DigestView(
        List<CitedRow> brief,
        boolean reworded,
        List<CitedRow> latest,
        List<TimelineRow> timeline,
        List<NumberRow> numbers,
        List<OutletRow> outlets,
        List<String> questions) {

    public DigestView {
        brief = List.copyOf(brief);
        latest = List.copyOf(latest);
        timeline = List.copyOf(timeline);
        numbers = List.copyOf(numbers);
        outlets = List.copyOf(outlets);
        questions = List.copyOf(questions);
    }

    public static DigestView empty() {
        return new DigestView(List.of(), false, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean hasPerspectives() {
        return !numbers.isEmpty()
                || outlets.stream().anyMatch(o -> !o.onlyHere().isEmpty());
    }
}
