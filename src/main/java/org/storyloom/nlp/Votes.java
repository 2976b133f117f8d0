package org.storyloom.nlp;

import org.jspecify.annotations.Nullable;

/** Evidence for each entity type, summed over cues and mentions. */
record Votes(int person, int organization, int place) {

    static final Votes NONE = new Votes(0, 0, 0);

    static Votes of(EntityType type, int weight) {
        return NONE.plus(type, weight);
    }

    Votes plus(EntityType type, int weight) {
        return switch (type) {
            case PERSON -> new Votes(person + weight, organization, place);
            case ORGANIZATION -> new Votes(person, organization + weight, place);
            case PLACE -> new Votes(person, organization, place + weight);
        };
    }

    Votes plus(Votes other) {
        return new Votes(person + other.person, organization + other.organization, place + other.place);
    }

    int total() {
        return person + organization + place;
    }

    int of(EntityType type) {
        return switch (type) {
            case PERSON -> person;
            case ORGANIZATION -> organization;
            case PLACE -> place;
        };
    }

    /** The type with the most evidence, when it has at least {@code min} and leads clearly; else null. */
    @Nullable
    EntityType winner(int min) {
        EntityType best = null;
        int bestScore = 0;
        int second = 0;
        for (EntityType t : EntityType.values()) {
            int v = of(t);
            if (v > bestScore) {
                second = bestScore;
                bestScore = v;
                best = t;
            } else if (v > second) {
                second = v;
            }
        }
        return bestScore >= min && bestScore > second ? best : null;
    }
}
