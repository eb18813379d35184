package org.dyad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.dyad.coding.CameoOntology;
import org.dyad.engine.Dyad;
import org.dyad.model.Diagnostic;
import org.dyad.model.Event;
import org.dyad.output.EventWriter;
import org.dyad.util.DataFile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * {@code dyad serve}: the JSON API and the web page, in one process (Javalin on Jetty).
 *
 * <ul>
 *   <li>{@code POST /api/code} codes one article (JSON or plain text) and returns its events, its
 *       text and the spans to light up;</li>
 *   <li>{@code GET /api/events}, {@code /api/timeline}, {@code /api/articles/{id}} read the event
 *       store ({@link StoreApi});</li>
 *   <li>{@code GET /api/openapi.json} describes them; {@code GET /api/status} says what is loaded;</li>
 *   <li>everything else is the page, from {@code dyad/web/} on the class path.</li>
 * </ul>
 *
 * <p>Every error is a JSON object {@code {"error", "status"}}; bodies over the limit get a 413; no
 * exception text beyond a one-line message reaches a client.
 */
public final class WebServer implements AutoCloseable {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /**
     * @param host         address to listen on ({@code 127.0.0.1} unless told otherwise)
     * @param port         port, 0 for any free one
     * @param db           the event database, or null for none
     * @param maxBodyBytes request bodies over this get a 413
     */
    public record Options(String host, int port, Path db, long maxBodyBytes) {
        public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;
    }

    /** The page's Content-Security-Policy: nothing but this server's own files, no inline script. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Options options;
    private final Supplier<Dyad> coder;
    private final StoreApi store;
    private final Semaphore coding = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final PrintStream log;
    private volatile boolean coderReady;
    private Javalin app;

    private WebServer(Options options, Supplier<Dyad> coder, PrintStream log) {
        this.options = options;
        this.coder = coder;
        this.store = new StoreApi(options.db());
        this.log = log;
    }

    /**
     * Starts listening. The coder is asked for only when an article is coded (or by {@link #warmUp()}).
     *
     * @param log where server-side failures are written (never sent to clients)
     */
    public static WebServer start(Options options, Supplier<Dyad> coder, PrintStream log) {
        WebServer s = new WebServer(options, coder, log);
        s.app = s.create();
        s.app.start(options.host(), options.port());
        return s;
    }

    /** Loads the coder now (models, dictionaries), so that the first article is not slow. */
    public void warmUp() {
        coder.get();
        coderReady = true;
    }

    public int port() { return app.port(); }

    public String url() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + h + ":" + port() + "/";
    }

    @Override
    public void close() { app.stop(); }

    private Javalin create() {
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = options.maxBodyBytes();
            cfg.http.prefer405over404 = true;
            cfg.jetty.modifyServer(server -> server.setStopTimeout(2000));
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/dyad/web";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "no-cache");
            });
            cfg.router.javaLangErrorHandler((res, error) -> {
                // OutOfMemoryError, StackOverflowError: say so in one line, keep the trace here
                log.println("dyad serve: " + error);
                res.setStatus(500);
                res.setContentType("application/json");
                try {
                    res.getOutputStream().write(errorJson(500, "internal error: " + error.getClass().getSimpleName())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (java.io.IOException ignored) {
                    // the client is gone
                }
            });
            var r = cfg.routes;
            r.before(this::headersAndLimit);
            r.get("/api/status", ctx -> json(ctx, status()));
            r.post("/api/code", this::code);
            r.get("/api/events", ctx -> json(ctx, store.events(ctx.queryParamMap())));
            r.get("/api/timeline", ctx -> json(ctx, store.timeline(ctx.queryParamMap())));
            r.get("/api/articles/{id}", ctx -> json(ctx, store.article(ctx.pathParam("id"))));
            r.get("/api/cameo", ctx -> json(ctx, cameo()));
            r.get("/api/openapi.json", ctx -> {
                ctx.contentType("application/json");
                ctx.result(DataFile.text("dyad/web/openapi.json"));
            });
            r.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), httpMessage(e, ctx)));
            r.exception(Exception.class, (e, ctx) -> {
                log.println("dyad serve: " + ctx.method() + " " + ctx.path() + " failed:");
                e.printStackTrace(log);
                error(ctx, 500, "internal error: " + e.getClass().getSimpleName() + " (the server's log has the details)");
            });
            r.error(404, ctx -> {
                if (!isJsonError(ctx)) error(ctx, 404, "no such page or endpoint: " + ctx.path());
            });
        });
    }

    /** Security headers on every answer; bodies declared over the limit are refused before they are read. */
    private void headersAndLimit(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
        long declared = ctx.req().getContentLengthLong();
        if (declared > options.maxBodyBytes()) throw tooLarge();
    }

    private ApiException tooLarge() {
        return new ApiException(413, "request body over " + options.maxBodyBytes() + " bytes (the server's --max-body)");
    }

    private ObjectNode status() {
        ObjectNode n = F.objectNode();
        n.put("version", Dyad.VERSION);
        n.put("coder_ready", coderReady);
        n.put("coder_version", coderReady ? coder.get().coderVersion() : null);
        n.put("db", options.db() == null ? null : options.db().toString());
        n.put("db_available", store.available());
        n.put("max_body_bytes", options.maxBodyBytes());
        return n;
    }

    /** {@code POST /api/code}: the events of one article, its (cleaned) text, sentences and spans. */
    private void code(Context ctx) throws JsonProcessingException {
        for (String k : ctx.queryParamMap().keySet()) {
            if (!List.of("id", "date", "explain").contains(k)) {
                throw ApiException.badRequest("unknown parameter '" + k + "' (known: date, explain, id)");
            }
        }
        boolean explain = flag(ctx, "explain");
        byte[] body;
        try {
            body = ctx.bodyAsBytes();
        } catch (HttpResponseException e) {
            if (e.getStatus() == 413) throw tooLarge();
            throw e;
        }
        ArticleRequest req = ArticleRequest.parse(ctx.contentType(), body, ctx.queryParam("id"), ctx.queryParam("date"));
        Dyad dyad = coder.get();
        coderReady = true;
        Dyad.Result r;
        try {
            coding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is stopping");
        }
        try {
            r = dyad.code(req.article());
        } finally {
            coding.release();
        }
        var doc = r.doc();
        if (doc.failed()) {
            String why = doc.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                    .map(Diagnostic::message).reduce((a, b) -> a + "; " + b).orElse("the article could not be coded");
            throw new ApiException(422, why);
        }
        ObjectNode out = F.objectNode();
        out.put("article_id", doc.article().id());
        out.put("date", doc.article().date() == null ? null : doc.article().date().toString());
        ArrayNode events = out.putArray("events");
        for (Event e : r.events()) events.add(EventWriter.toJson(e, explain));
        out.put("text", doc.text());
        out.set("sentences", Spans.sentences(doc));
        out.set("spans", Spans.of(doc, r.events()));
        if (explain) {
            ArrayNode misses = out.putArray("no_event");
            for (Map.Entry<Integer, List<String>> m : doc.misses.entrySet()) {
                ObjectNode n = misses.addObject();
                n.put("sentence_index", m.getKey());
                ArrayNode why = n.putArray("explain");
                m.getValue().forEach(why::add);
            }
        }
        ArrayNode diags = out.putArray("diagnostics");
        for (String w : req.warnings()) diags.addObject().put("severity", "warning").put("stage", "api").put("message", w);
        for (Diagnostic d : doc.diagnostics()) {
            diags.addObject().put("severity", d.severity().name().toLowerCase()).put("stage", d.stage()).put("message", d.message());
        }
        out.put("coder_version", dyad.coderVersion());
        json(ctx, out);
    }

    private static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) return false;
        return switch (v.trim().toLowerCase()) {
            case "", "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest(name + " must be true or false, not '" + v + "'");
        };
    }

    /** CAMEO code → name, for the page's labels. */
    private static ObjectNode cameo() {
        ObjectNode n = F.objectNode();
        CameoOntology.standard().all().stream()
                .sorted(java.util.Comparator.comparing(CameoOntology.Code::code))
                .forEach(c -> n.put(c.code(), c.name()));
        return n;
    }

    private static void json(Context ctx, ObjectNode n) throws JsonProcessingException {
        ctx.contentType("application/json");
        ctx.result(EventWriter.JSON.writeValueAsString(n));
    }

    private static final String ERROR_SENT = "dyad.errorSent";

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.attribute(ERROR_SENT, Boolean.TRUE);
        ctx.result(errorJson(status, message));
    }

    private static boolean isJsonError(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(ERROR_SENT));
    }

    static String errorJson(int status, String message) {
        ObjectNode n = F.objectNode();
        n.put("error", message == null || message.isBlank() ? "error " + status : message);
        n.put("status", status);
        return n.toString();
    }

    private static String httpMessage(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> "no such page or endpoint: " + ctx.path();
            case 405 -> ctx.method() + " is not allowed on " + ctx.path();
            case 413 -> "request body too large";
            default -> e.getMessage();
        };
    }
}
