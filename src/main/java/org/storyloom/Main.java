package org.storyloom;

import org.storyloom.cli.StoryloomCommand;

/** Entry point: hands the arguments to the command line. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(StoryloomCommand.run(args));
    }
}
