package org.storyloom.web.view;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.BoilerplateLine;

/** A source's page: its latest articles and the boilerplate learned from them. */
public record SourceView(
        String name, @Nullable String homePage, List<ArticleRow> articles, List<BoilerplateLine> boilerplate) {

    public SourceView {
        articles = List.copyOf(articles);
        boilerplate = List.copyOf(boilerplate);
    }
}
