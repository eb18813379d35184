package org.dyad.cli;

import org.dyad.engine.Dyad;
import org.dyad.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code dyad serve}: the web page and the JSON API, in this process. */
@Command(name = "serve", description = {"Serve the web page (paste an article and see what was coded and why; browse "
        + "stored events; dyad timelines) and the JSON API (/api/code, /api/events, /api/timeline, /api/articles/{id}, "
        + "described at /api/openapi.json). Listens on 127.0.0.1 unless --host says otherwise; stops on Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "the event database to browse (default: ${DEFAULT-VALUE}); may be created later by dyad ingest")
    Path db;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every interface)")
    String host;

    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "5MB",
            description = "larger request bodies get 413 (default: ${DEFAULT-VALUE}; bytes, or with KB, MB)")
    String maxBody;

    @Option(names = "--actors", paramLabel = "FILE", description = "a file of actors that adds or overrides entries")
    String actors;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        long max = StoreCommands.usage(spec, () -> size(maxBody));
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, not " + port);
        if (Files.isDirectory(db)) throw new CommandLine.ParameterException(spec.commandLine(), "--db " + db + " is a directory, not a database file");
        Dyad.Config config = new Dyad.Config("default", actors);
        WebServer server;
        try {
            server = WebServer.start(new WebServer.Options(host, port, db, max), () -> Dyad.shared(config), System.err);
        } catch (RuntimeException e) {
            err.println("dyad serve: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            err.flush();
            return 1;
        }
        err.println("dyad serve: " + server.url() + "  (API: " + server.url() + "api/, described at " + server.url() + "api/openapi.json)");
        err.println("dyad serve: database " + db + (Files.exists(db) ? "" : " (not there yet: browsing and timelines answer 503 "
                + "until ./dyad ingest PATH... --db " + db + " creates it)"));
        err.println("dyad serve: loading the coder's models in the background; Ctrl-C stops");
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dyad-serve-stop"));
        Thread warm = new Thread(() -> {
            try {
                server.warmUp();
                err.println("dyad serve: coder ready");
            } catch (RuntimeException e) {
                err.println("dyad serve: the coder could not be loaded: " + rootMessage(e));
            }
            err.flush();
        }, "dyad-serve-warmup");
        warm.setDaemon(true);
        warm.start();
        stopped.await();
        return 0;
    }

    /** {@code 5MB}, {@code 512KB}, {@code 1000000}: bytes. */
    static long size(String s) {
        Matcher m = Pattern.compile("(\\d+)\\s*([kmg]i?b?|b)?", Pattern.CASE_INSENSITIVE).matcher(s.trim());
        if (!m.matches()) throw new IllegalArgumentException("--max-body must be a size like 5MB, 512KB or 1000000, not '" + s + "'");
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        long mult = unit.startsWith("k") ? 1024L : unit.startsWith("m") ? 1024L * 1024 : unit.startsWith("g") ? 1024L * 1024 * 1024 : 1;
        if (n <= 0) throw new IllegalArgumentException("--max-body must be above 0");
        return n * mult;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
