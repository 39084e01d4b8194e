package org.bangfu.benchmark.province;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on the terminal: stage, done/total, rate and ETA. One line per 5% (and the last), since the output
 * passes through Maven's test runner, which does not pass a carriage return on as an in-place update.
 */
final class Progress {

    private final String stage;
    private final long total;
    private final long start = System.nanoTime();
    private final PrintStream out;
    private final long initial;
    private long done;
    private int lastTwentieth = -1;

    Progress(String stage, long total, long alreadyDone, PrintStream out) {
        this.stage = stage;
        this.total = Math.max(total, 1);
        this.done = alreadyDone;
        this.initial = alreadyDone;
        this.out = out;
        if (alreadyDone > 0) {
            out.printf(Locale.ROOT, "[province] %-16s resuming at %,d/%,d%n", stage, alreadyDone, total);
        }
        lastTwentieth = (int) (20 * alreadyDone / this.total);
    }

    synchronized void add(long n) {
        done += n;
        int twentieth = (int) (20 * done / total);
        if (twentieth > lastTwentieth || done >= total) {
            lastTwentieth = twentieth;
            print();
        }
    }

    private void print() {
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? (done - initial) / seconds : 0;
        int filled = (int) (20 * Math.min(done, total) / total);
        String bar = "#".repeat(filled) + ".".repeat(20 - filled);
        out.printf(Locale.ROOT, "[province] %-16s [%s] %,d/%,d %3d%% %,.0f/s ETA %s%n", stage, bar, done, total,
                100 * done / total, rate, rate > 0 ? eta((total - done) / rate) : "?");
    }

    private static String eta(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
