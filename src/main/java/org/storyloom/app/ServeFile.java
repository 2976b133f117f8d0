package org.storyloom.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * How a running {@code storyloom serve} is reached from another command on the same data folder: the loopback
 * admin port, a secret token and the process id, in {@code serve.json} readable by the owner only. Written when
 * serve starts, removed when it stops; a file left by a process that died is found stale when nobody answers.
 */
record ServeFile(int adminPort, String token, long pid) {

    static final String NAME = "serve.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    static Optional<ServeFile> read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            return Optional.of(new ServeFile(
                    n.path("adminPort").asInt(),
                    n.path("token").asText(),
                    n.path("pid").asLong()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the file atomically, readable and writable by the owner only. */
    void write(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        Path tmp = dataDir.resolve(NAME + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(
                        tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(tmp);
            }
            Files.write(tmp, JSON.writeValueAsBytes(this));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("app: cannot write " + file, e);
        }
    }

    /** Removes the file if it is still this one (another serve may have replaced it). */
    void removeIfOurs(Path dataDir) {
        if (read(dataDir).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(dataDir.resolve(NAME));
            } catch (IOException e) {
                // a stale file is detected by the next reader
            }
        }
    }
}
