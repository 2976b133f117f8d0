package org.storyloom.web.view;

import java.util.List;

/** A reader's question about a story and what the sources say: supporting sentences, or none (they do not say). */
public record AnswerView(String question, List<CitedRow> support) {

    public AnswerView {
        support = List.copyOf(support);
    }

    public boolean answered() {
        return !support.isEmpty();
    }
}
