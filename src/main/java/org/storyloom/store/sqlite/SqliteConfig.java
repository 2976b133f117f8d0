package org.storyloom.store.sqlite;

import java.nio.file.Path;
import java.time.Duration;

/** Where the database file lives and how long a writer waits for another process's lock. */
public record SqliteConfig(Path file, Duration busyTimeout, int readers) {

    public static SqliteConfig at(Path file) {
        return new SqliteConfig(file, Duration.ofSeconds(10), 4);
    }
}
