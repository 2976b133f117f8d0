package org.storyloom.model;

/** An article related to another one, and why ("same story", "also about Kursk and Kim Jong Un"). */
public record RelatedArticle(ArticleListing article, String reason) {}
