package org.storyloom.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RewriteCacheTest {

    private static RewriteCache.Key key(String story) {
        return new RewriteCache.Key(story, 1, "brief");
    }

    @Test
    void evictsTheLeastRecentlyUsedEntry() {
        RewriteCache cache = new RewriteCache(2);
        cache.put(key("s1"), List.of(Evidence.BRIDGE.get(0)));
        cache.put(key("s2"), List.of());
        assertThat(cache.get(key("s1"))).contains(List.of(Evidence.BRIDGE.get(0))); // s1 is now the most recent

        cache.put(key("s3"), List.of());

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(key("s2"))).isEmpty();
        assertThat(cache.get(key("s1"))).isPresent();
        assertThat(cache.get(key("s3"))).contains(List.of());
        assertThat(cache.get(new RewriteCache.Key("s1", 2, "brief"))).isEmpty();
    }
}
