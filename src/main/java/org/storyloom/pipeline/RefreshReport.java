package org.storyloom.pipeline;

/** What one refresh of one feed did; {@code outcome} is a short word, {@code detail} a one-line reason. */
public record RefreshReport(long feedId, String outcome, int inserted, int updated, String detail) {}
