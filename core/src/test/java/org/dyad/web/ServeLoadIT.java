package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.store.Bundle;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load test of {@code dyad serve}: the real server in its own JVM (the launcher's JVM options),
 * on 127.0.0.1, over an event store of 3,000 articles; {@value #CLIENTS} concurrent clients code
 * articles ({@code POST /api/code}) and query ({@code /api/events}, {@code /api/timeline},
 * {@code /api/articles/{id}}, {@code /api/status}) for a bounded time. No request may fail;
 * p50/p99 latency per endpoint, throughput, the server's peak heap, live heap after a full GC
 * (before and after the load) and peak RSS are printed as {@code RELIABILITY|load|...} lines.
 *
 * <p>{@code -Ddyad.load.seconds=N} sets the duration (default 10; the README's figures use 60).
 */
class ServeLoadIT {
    @TempDir Path dir;

    static final int SECONDS = Integer.getInteger("dyad.load.seconds", 10);
    static final int CLIENTS = 8;
    static final String[][] COUNTRIES = {{"Russia", "RUS"}, {"Ukraine", "UKR"}, {"France", "FRA"}, {"Germany", "DEU"},
            {"China", "CHN"}, {"Japan", "JPN"}, {"Iran", "IRN"}, {"Israel", "ISR"}, {"Egypt", "EGY"}, {"Turkey", "TUR"},
            {"India", "IND"}, {"Pakistan", "PAK"}};
    static final String[][] VERBS = {{"accused", "112"}, {"met", "040"}, {"praised", "051"}, {"threatened", "138"},
            {"rejected", "120"}, {"condemned", "111"}};
    static final Pattern URL = Pattern.compile("dyad serve: (http://127\\.0\\.0\\.1:(\\d+)/)");
    static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** 3,000 articles of two events each, over 2023, twelve countries, twenty publishers. */
    static Path store(Path dir) {
        Path db = dir.resolve("load.duckdb");
        Random r = new Random(5);
        List<Bundle> b = new ArrayList<>();
        try (Store st = Store.open(db)) {
            for (int i = 0; i < 3000; i++) {
                LocalDate d = LocalDate.of(2023, 1, 1).plusDays(i % 365);
                String[] a = COUNTRIES[r.nextInt(COUNTRIES.length)], t = COUNTRIES[r.nextInt(COUNTRIES.length)];
                if (a == t) t = COUNTRIES[(java.util.Arrays.asList(COUNTRIES).indexOf(a) + 1) % COUNTRIES.length];
                String[] v1 = VERBS[r.nextInt(VERBS.length)], v2 = VERBS[r.nextInt(VERBS.length)];
                String day = d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
                b.add(WebFixtures.article("a" + i, d.toString(), "Wire " + (i % 20),
                        WebFixtures.s(a[0] + " " + v1[0] + " " + t[0] + " on " + day + ".", a[0], a[1], v1[0], t[0], t[1], v1[1], day, d.toString()),
                        WebFixtures.s(t[0] + " " + v2[0] + " " + a[0] + " on " + day + ".", t[0], t[1], v2[0], a[0], a[1], v2[1], day, d.toString())));
                if (b.size() == 500) {
                    st.write(b);
                    b.clear();
                }
            }
            st.write(b);
        }
        return db;
    }

    record Sample(String endpoint, long nanos, int status) {
    }

    @Test
    void concurrentClientsCodeAndQueryWithoutAFailedRequest() throws Exception {
        Path db = store(dir);
        Path gcLog = dir.resolve("gc.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // the launcher's JVM options (./dyad), plus a GC log for the heap figures
        List<String> cmd = List.of(java, "-Xmx6g", "-Xss4m", "-XX:+UseParallelGC", "-Xlog:gc:file=" + gcLog, "-cp", cp,
                "org.dyad.cli.Main", "serve", "--db", db.toString(), "--port", "0");
        Process server = new ProcessBuilder(cmd).redirectOutput(dir.resolve("server.out").toFile()).start();
        List<String> log = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader br = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = br.readLine()) != null; ) log.add(l);
            } catch (Exception ignored) {
                // the server stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            String base = null;
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (System.nanoTime() < until && server.isAlive()) {
                for (String l : log) {
                    Matcher m = URL.matcher(l);
                    if (m.find()) base = m.group(1);
                }
                if (base != null && log.stream().anyMatch(l -> l.contains("coder ready"))) break;
                Thread.sleep(100);
            }
            String state = server.isAlive() ? "running" : "exited with status " + server.exitValue();
            assertThat(base).as("the server's address, on 127.0.0.1 (server " + state + ")\n" + String.join("\n", log)).isNotNull();
            assertThat(log).as("the coder loaded (server " + state + ")").anyMatch(l -> l.contains("coder ready"));
            String url = base.substring(0, base.length() - 1);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
            List<String> articles = articleTexts();
            // warm-up: a few of each request, then the heap after a full GC
            Random w = new Random(1);
            for (int i = 0; i < 10; i++) {
                Sample s = request(http, url, w, articles, i);
                assertThat(s.status()).as("warm-up " + s.endpoint()).isEqualTo(200);
            }
            long liveBefore = liveHeapMb(server.pid());

            Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
            List<String> failures = new CopyOnWriteArrayList<>();
            AtomicLong codedArticles = new AtomicLong();
            long start = System.nanoTime(), end = start + TimeUnit.SECONDS.toNanos(SECONDS);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int id = c;
                Thread t = new Thread(() -> {
                    Random r = new Random(100 + id);
                    int n = 0;
                    while (System.nanoTime() < end) {
                        Sample s;
                        try {
                            s = request(http, url, r, articles, n++);
                        } catch (Exception e) {
                            failures.add("client " + id + ": " + e);
                            continue;
                        }
                        if (s.status() != 200) failures.add("client " + id + ": " + s.endpoint() + " answered " + s.status());
                        latencies.computeIfAbsent(s.endpoint(), k -> Collections.synchronizedList(new ArrayList<>())).add(s.nanos());
                        if (s.endpoint().equals("POST /api/code")) codedArticles.incrementAndGet();
                    }
                }, "load-client-" + c);
                t.start();
                clients.add(t);
            }
            for (Thread t : clients) t.join();
            double secs = (System.nanoTime() - start) / 1e9;
            long liveAfter = liveHeapMb(server.pid());
            long peakRss = peakRssMb(server.pid());
            long[] heap = gcFigures(gcLog);

            List<Long> all = new ArrayList<>();
            latencies.values().forEach(all::addAll);
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "RELIABILITY|load|%d clients|%.1f s|%d requests|%.1f requests/s|%.2f articles coded/s|%d failed|p50 %.1f ms|p99 %.1f ms",
                    CLIENTS, secs, all.size(), all.size() / secs, codedArticles.get() / secs, failures.size(), pct(all, 50), pct(all, 99)));
            new TreeMap<>(latencies).forEach((k, v) -> lines.add(String.format(Locale.ROOT, "RELIABILITY|load-endpoint|%s|%d requests|p50 %.1f ms|p99 %.1f ms|max %.1f ms",
                    k, v.size(), pct(v, 50), pct(v, 99), pct(v, 100))));
            lines.add(String.format(Locale.ROOT, "RELIABILITY|load-memory|-Xmx6g|peak heap %d MB|live heap after full GC %d MB before, %d MB after|peak RSS %d MB|%d GCs",
                    heap[0], liveBefore, liveAfter, peakRss, heap[1]));
            lines.forEach(System.out::println);

            assertThat(failures).as("failed requests").isEmpty();
            assertThat(server.isAlive()).as("the server is still up").isTrue();
            assertThat(all.size()).isGreaterThan(CLIENTS);
            assertThat(codedArticles.get()).as("articles coded").isPositive();
            if (liveBefore > 0 && liveAfter > 0) {
                assertThat(liveAfter).as("live heap after the load (MB), bounded by the one before it").isLessThan(liveBefore * 3 / 2 + 256);
            }
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    /** One request of the mix: 25% coding an article, the rest reading the store. */
    static Sample request(HttpClient http, String url, Random r, List<String> articles, int n) throws Exception {
        int k = n < 10 ? n * 10 : r.nextInt(100);
        String endpoint;
        HttpRequest.Builder b;
        if (k < 25) {
            endpoint = "POST /api/code";
            ObjectNode body = WebFixtures.JSON.createObjectNode();
            body.put("id", "load-" + r.nextInt(1_000_000));
            body.put("date", "2023-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10));
            body.put("text", articles.get(r.nextInt(articles.size())));
            b = HttpRequest.newBuilder(URI.create(url + "/api/code")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            String c = COUNTRIES[r.nextInt(COUNTRIES.length)][1], t = COUNTRIES[r.nextInt(COUNTRIES.length)][1];
            String path;
            if (k < 50) {
                endpoint = "GET /api/events";
                path = switch (r.nextInt(4)) {
                    case 0 -> "/api/events?country=" + c + "&limit=50";
                    case 1 -> "/api/events?dyad=" + c + ":" + t + "&from=2023-03&to=2023-09";
                    case 2 -> "/api/events?root=1" + r.nextInt(4) + "&offset=" + r.nextInt(200) + "&limit=20";
                    default -> "/api/events?text=accused&publisher=Wire%20" + r.nextInt(20);
                };
            } else if (k < 70) {
                endpoint = "GET /api/timeline";
                path = "/api/timeline?dyad=" + c + ":" + t + "&by=" + new String[]{"day", "week", "month"}[r.nextInt(3)]
                        + (r.nextBoolean() ? "&both=true" : "");
            } else if (k < 90) {
                endpoint = "GET /api/articles/{id}";
                path = "/api/articles/a" + r.nextInt(3000);
            } else {
                endpoint = "GET /api/status";
                path = "/api/status";
            }
            b = HttpRequest.newBuilder(URI.create(url + path)).GET();
        }
        long t0 = System.nanoTime();
        HttpResponse<String> resp = http.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - t0;
        if (resp.statusCode() == 200) {
            JsonNode j = WebFixtures.JSON.readTree(resp.body()); // every answer is JSON
            if (endpoint.equals("POST /api/code") && !j.has("events")) return new Sample(endpoint, nanos, 599);
        }
        return new Sample(endpoint, nanos, resp.statusCode());
    }

    /** Articles of 2-6 sentences from the bench corpus. */
    static List<String> articleTexts() throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = ServeLoadIT.class.getClassLoader().getResourceAsStream("dyad/bench/corpus.jsonl")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (l.isBlank()) continue;
                String[] s = WebFixtures.JSON.readTree(l).get("text").asText().split("(?<=[.!?\"])\\s+");
                out.add(String.join(" ", java.util.Arrays.copyOf(s, Math.min(s.length, 2 + out.size() % 5))));
            }
        }
        return out;
    }

    static double pct(List<Long> nanos, int p) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        if (s.isEmpty()) return 0;
        int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i))) / 1e6;
    }

    /** Heap in use after a full GC of the server (jcmd), in MB, or -1 when jcmd is not there. */
    static long liveHeapMb(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) return -1;
        try {
            run(jcmd.toString(), Long.toString(pid), "GC.run");
            String info = run(jcmd.toString(), Long.toString(pid), "GC.heap_info");
            long kb = 0;
            Matcher m = Pattern.compile("(?m)^\\s*(PSYoungGen|ParOldGen|garbage-first heap|def new generation|tenured generation)\\s+total \\d+K, used (\\d+)K").matcher(info);
            while (m.find()) kb += Long.parseLong(m.group(2));
            return kb == 0 ? -1 : kb >> 10;
        } catch (Exception e) {
            return -1;
        }
    }

    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    static long peakRssMb(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("[^0-9]", "")) >> 10;
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    /** {peak heap before a GC in MB, number of GCs} from the server's GC log. */
    static long[] gcFigures(Path gcLog) {
        long peak = 0, n = 0;
        try {
            for (String l : Files.readAllLines(gcLog)) {
                Matcher m = GC.matcher(l);
                if (m.find()) {
                    n++;
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                }
            }
        } catch (Exception e) {
            return new long[]{-1, -1};
        }
        return new long[]{peak, n};
    }
}
