package org.storyloom.cluster;

import java.util.List;

/** A change to already assigned articles made by the periodic pass; the pipeline applies it to its rows. */
public sealed interface StoryEvent {

    /** The story the articles left. */
    String from();

    /** The story the articles now belong to. */
    String into();

    /** The articles that moved. */
    List<String> articleIds();

    /** Story {@code from} converged with {@code into} and was absorbed; all its articles now belong to {@code into}. */
    record Merged(String from, String into, List<String> articleIds) implements StoryEvent {}

    /** Story {@code from} drifted: {@code articleIds} left it to form story {@code into}. */
    record Split(String from, String into, List<String> articleIds) implements StoryEvent {}
}
