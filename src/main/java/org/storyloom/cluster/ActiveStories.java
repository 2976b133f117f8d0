package org.storyloom.cluster;

import java.util.Map;

/** Read-only access to a clusterer's active stories, for lookups made under its lock. */
record ActiveStories(
        Map<String, StoryState> stories,
        Map<String, StoryState> byArticle,
        CandidateIndex index,
        TermVectorizer vectorizer,
        ClusterConfig config) {}
