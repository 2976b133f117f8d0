package org.storyloom.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --in} and {@code --out} JSON-lines files of the offline stage commands (a picocli mixin). */
final class JsonLinesFiles {

    @Option(names = "--in", required = true, description = "Input JSON lines.")
    @SuppressWarnings("NullAway.Init")
    Path in;

    @Option(names = "--out", required = true, description = "Output JSON lines.")
    @SuppressWarnings("NullAway.Init")
    Path out;
}
