package org.dyad.cli;

import org.dyad.store.Events;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety: {@code dyad ingest} is killed with SIGKILL at a random point (after a random number
 * of committed batches plus a random delay, or while still loading), then the same command is run
 * again; every table must equal the one an uninterrupted run produces.
 */
class StoreKillIT {
    @TempDir Path dir;

    static final String[][] PAIRS = {{"Russia", "Ukraine"}, {"France", "Iran"}, {"Germany", "Russia"}, {"China", "Japan"},
            {"Israel", "Egypt"}, {"Turkey", "Syria"}};
    static final String[] PUBLISHERS = {"Reuters", "AP", "BBC", "AFP"};

    /** Articles in the test corpus: enough batches of 3 that a fast machine is still mid-run when the kill comes. */
    static final int ARTICLES = 240;

    /** {@link #ARTICLES} small articles in two JSON Lines files and a folder of text files; many report the same event. */
    static Path articles(Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(in.resolve("txt"));
        StringBuilder a = new StringBuilder(), b = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            String[] p = PAIRS[i % PAIRS.length];
            String day = String.format("2021-12-%02d", 6 + (i % 20));
            String text = (i % 2 == 0 ? p[0] + " accused " + p[1] + " of shelling civilians." : p[0] + " condemned " + p[1] + ".")
                    + " Officials said talks would go on.";
            String pub = PUBLISHERS[i % PUBLISHERS.length];
            if (i % 3 == 2) {
                Files.writeString(in.resolve("txt").resolve(String.format("art-%03d.txt", i)), "date " + day + " " + text);
            } else {
                String line = String.format("{\"id\":\"j%03d\",\"date\":\"%s\",\"source\":\"%s\",\"url\":\"https://%s.example/%d\",\"text\":\"%s\"}%n",
                        i, day, pub, pub.toLowerCase(), i, text);
                (i % 3 == 0 ? a : b).append(line);
            }
        }
        Files.writeString(in.resolve("news-1.jsonl"), a);
        Files.writeString(in.resolve("news-2.jsonl"), b);
        return in;
    }

    static List<String> snapshot(Path db) {
        try (Store s = Store.openReadOnly(db)) {
            return Events.snapshot(s);
        }
    }

    @Test
    void killedIngestResumesToTheSameTables() throws Exception {
        Path in = articles(dir);
        Path ref = dir.resolve("ref.duckdb");
        CliTest.Run full = CliTest.run("ingest", in.toString(), "--db", ref.toString(), "--batch-size", "3", "--threads", "2");
        assertThat(full.rc()).as(full.err()).isZero();
        List<String> expected = snapshot(ref);
        assertThat(expected.stream().filter(l -> l.startsWith("[") && l.contains("asserted")).count()).as("events coded").isPositive();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Random r = new Random(20261128);
        int killedMidRun = 0;
        for (int run = 0; run < 3; run++) {
            Path db = dir.resolve("run" + run + ".duckdb");
            // run 0 is killed before its first commit (while loading or coding), the others after a random number of
            // commits (the run has 80 batches) plus a random delay of at most a tenth of a second; the kill points
            // depend on progress, not on how fast the machine is
            int afterBatches = run == 0 ? -1 : r.nextInt(40);
            long delay = r.nextInt(100);
            List<String> cmd = List.of(java, "-Xmx3g", "-Xss4m", "-cp", cp, "org.dyad.cli.Main", "ingest", in.toString(),
                    "--db", db.toString(), "--batch-size", "3", "--threads", "2", "--verbose");
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            AtomicInteger committed = new AtomicInteger();
            AtomicBoolean finished = new AtomicBoolean();
            List<String> err = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader br = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = br.readLine()) != null) {
                        synchronized (err) {
                            err.add(line);
                        }
                        if (line.contains("committed batch")) committed.incrementAndGet();
                        if (line.contains("article(s) read")) finished.set(true);
                    }
                } catch (Exception ignored) {
                    // the process was killed
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            if (afterBatches < 0) {
                // 0.5-2.5 s: the JVM is starting or the models are loading (that alone takes longer on any machine)
                Thread.sleep(500 + delay * 20);
            } else {
                while (committed.get() <= afterBatches && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
                Thread.sleep(delay);
            }
            p.destroyForcibly(); // SIGKILL
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            if (!finished.get()) killedMidRun++;
            String where = "run " + run + ": killed after " + committed.get() + " committed batch(es)"
                    + (finished.get() ? " (it had finished)" : "");
            System.out.println("StoreKillIT " + where);

            CliTest.Run resume = CliTest.run("ingest", in.toString(), "--db", db.toString(), "--batch-size", "3", "--threads", "2");
            assertThat(resume.rc()).as(where + "\n" + resume.err()).isZero();
            if (committed.get() > 0 && !finished.get()) assertThat(resume.err()).as(where).doesNotContain(" 0 unchanged");
            assertThat(snapshot(db)).as(where + "; killed run said:\n" + String.join("\n", err)).isEqualTo(expected);
        }
        assertThat(killedMidRun).as("runs killed before they finished").isGreaterThanOrEqualTo(2);
    }
}
