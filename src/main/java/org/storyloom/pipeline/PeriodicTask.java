package org.storyloom.pipeline;

import java.time.Duration;

/** Background work the scheduler runs every {@code every}, never two runs of one task at once. */
public record PeriodicTask(String name, Duration every, Runnable work) {}
