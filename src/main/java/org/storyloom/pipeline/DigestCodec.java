package org.storyloom.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.summary.StoryDigest;

/** Story digests to and from the JSON the store keeps. An unreadable stored digest reads as absent. */
final class DigestCodec {

    private static final Logger LOG = LoggerFactory.getLogger(DigestCodec.class);

    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .findAndAddModules()
            .build();

    String write(StoryDigest digest) {
        try {
            return json.writeValueAsString(digest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pipeline: a digest did not serialise", e);
        }
    }

    Optional<StoryDigest> read(long storyId, String stored) {
        try {
            return Optional.of(json.readValue(stored, StoryDigest.class));
        } catch (JsonProcessingException e) {
            LOG.warn("stored digest unreadable story={} error={}", storyId, e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
