package org.storyloom.summary;

import java.util.List;

/**
 * How coverage of a story differs by source.
 *
 * @param numbers quantities the sources give different numbers for
 * @param outlets each outlet's own angle: what only it reports and the quotes it chose
 */
public record Perspectives(List<NumberDispute> numbers, List<OutletView> outlets) {

    public Perspectives {
        numbers = List.copyOf(numbers);
        outlets = List.copyOf(outlets);
    }

    /** True when there is nothing to compare (a one-outlet story). */
    public boolean isEmpty() {
        return numbers.isEmpty() && outlets.stream().allMatch(o -> o.onlyHere().isEmpty());
    }
}
