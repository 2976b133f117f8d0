package org.storyloom.cli;

import java.io.PrintStream;
import org.storyloom.pipeline.Subscriptions.Progress;

/** A one-line progress bar on stderr, redrawn in place; silent when stderr is not a terminal-ish stream. */
final class ProgressBar implements Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private int lastPercent = -1;

    ProgressBar(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    @Override
    public synchronized void update(int done, int total) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (percent == lastPercent && done != total) {
            return;
        }
        lastPercent = percent;
        int filled = WIDTH * percent / 100;
        out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        if (done >= total) {
            out.println();
        }
        out.flush();
    }
}
