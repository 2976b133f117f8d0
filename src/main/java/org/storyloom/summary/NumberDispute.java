package org.storyloom.summary;

import java.util.List;

/**
 * Sources that give different numbers for the same quantity ("200 homes" against "about 250 homes").
 *
 * @param quantity what is counted, as one of the sources words it
 * @param claims every claim about it, one per outlet and value, smallest value first
 */
public record NumberDispute(String quantity, List<NumberClaim> claims) {

    public NumberDispute {
        claims = List.copyOf(claims);
    }
}
