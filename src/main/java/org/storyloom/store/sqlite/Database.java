package org.storyloom.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.storyloom.store.StoreException;

/**
 * Connections to one SQLite file: a single writer behind a lock (SQLite allows one writer at a time) and a small
 * pool of readers, which WAL mode lets run beside the writer and beside other processes.
 */
final class Database implements AutoCloseable {

    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers;
    private final List<Connection> all = new ArrayList<>();

    Database(SqliteConfig config) {
        try {
            Path parent = config.file().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String url = "jdbc:sqlite:" + config.file().toAbsolutePath();
            migrate(url);
            writer = open(url, config, false);
            readers = new ArrayBlockingQueue<>(config.readers());
            for (int i = 0; i < config.readers(); i++) {
                readers.add(open(url, config, true));
            }
        } catch (SQLException | IOException e) {
            close();
            throw new StoreException("store: cannot open " + config.file() + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(String url) {
        Flyway.configure()
                .dataSource(url, "", "")
                .locations("classpath:db/sqlite")
                .load()
                .migrate();
    }

    private Connection open(String url, SqliteConfig config, boolean readOnly) throws SQLException {
        Properties props = new Properties();
        props.setProperty("busy_timeout", Long.toString(config.busyTimeout().toMillis()));
        // A write transaction takes the lock when it begins, so a read-then-write never fails on upgrade.
        props.setProperty("transaction_mode", "IMMEDIATE");
        Connection c = DriverManager.getConnection(url, props);
        all.add(c);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=" + config.busyTimeout().toMillis());
            if (readOnly) {
                s.execute("PRAGMA query_only=ON");
            }
        }
        return c;
    }

    /** Runs work on a reader connection. */
    <T> T read(SqlFunction<T> work) {
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("store: interrupted waiting for a connection", e);
        }
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException("store: read failed: " + e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    /** Runs work in one write transaction; rolls back if it throws. */
    <T> T write(SqlFunction<T> work) {
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            try {
                T result = work.apply(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store: write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing: nothing left to do with a connection that will not close
            }
        }
    }

    /** Work on a connection that may throw SQLException. */
    @FunctionalInterface
    interface SqlFunction<T> {
        T apply(Connection c) throws SQLException;
    }
}
