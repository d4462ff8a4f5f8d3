package org.amerules.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision service: the JSON API under {@code /v1}, {@code /health}, {@code /openapi.json} and
 * the caseworker's screener page at {@code /}, on Javalin (Jetty 12). No case is stored; request
 * logs hold the method, the path, the status and the duration only.
 *
 * <pre>{@code java -jar examples/server/target/ame-server.jar [--port N]}</pre>
 */
public final class AmeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AmeServer.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("org.amerules.server.access");
    /** Dates without a time zone are those of France (metropolitan) for the defaults. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final Javalin app;
    private final Deciders deciders;
    private final ServerSettings settings;

    private AmeServer(Javalin app, Deciders deciders, ServerSettings settings) {
        this.app = app;
        this.deciders = deciders;
        this.settings = settings;
    }

    /**
     * Starts a server.
     *
     * @param settings the port and limits
     * @param adapter the engine
     * @return the running server; {@link #close()} stops it
     */
    public static AmeServer start(ServerSettings settings, EngineAdapter adapter) {
        return start(settings, adapter, line -> ACCESS.info(line), tree -> { });
    }

    /**
     * Starts a server with a sink for the request log and a hook before each decision (tests).
     *
     * @param settings the port and limits
     * @param adapter the engine
     * @param accessLog receives one line per request: method, path, status, duration
     * @param beforeDecide runs on the decider thread before each case (tests slow a case down with it)
     * @return the running server
     */
    static AmeServer start(ServerSettings settings, EngineAdapter adapter, Consumer<String> accessLog,
            Consumer<JsonNode> beforeDecide) {
        Deciders deciders = new Deciders(settings.deciderThreads(), settings.caseTimeLimit(), settings.maxStuckDecisions());
        DecisionsHandler decisions = new DecisionsHandler(adapter, deciders, settings, beforeDecide);
        Semaphore inFlight = new Semaphore(settings.maxConcurrentRequests());
        byte[] openapi = resource("/openapi.json");
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, settings.maxConcurrentRequests() + 16), 4);
            threads.setName("ame-http");
            config.jetty.threadPool = threads;
            config.http.maxRequestSize = settings.maxCaseBytes();
            config.http.defaultContentType = "application/json; charset=utf-8";
            config.http.prefer405over404 = true;
            config.requestLogger.http((ctx, ms) -> accessLog.accept(
                    ctx.method() + " " + ctx.path() + " " + ctx.statusCode() + " " + Math.round(ms) + "ms"));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Content-Security-Policy", CSP, "Cache-Control", "no-cache");
            });
            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            config.routes.get("/health", ctx -> health(ctx, adapter, deciders, inFlight, settings));
            config.routes.get("/openapi.json", ctx -> {
                ctx.contentType("application/json; charset=utf-8");
                ctx.result(openapi);
            });
            config.routes.post("/v1/decisions", limited(inFlight, decisions::handle));
            config.routes.get("/v1/ceilings", limited(inFlight, ctx -> ceilings(ctx, adapter)));
            config.routes.get("/v1/rules", limited(inFlight, ctx -> rules(ctx, adapter)));
            config.routes.exception(CaseProblem.class, (e, ctx) -> Problems.send(ctx, 400, e));
            config.routes.exception(Exception.class, (e, ctx) -> {
                // the class only: an exception's message may quote a request
                LOG.warn("unexpected {} on {} {}", e.getClass().getName(), ctx.method(), ctx.path());
                Problems.send(ctx, 500, new CaseProblem(null, "", "INTERNAL_ERROR", "unexpected error; nothing was kept"));
            });
            config.routes.error(404, ctx -> Problems.send(ctx, 404,
                    new CaseProblem(null, "", "NOT_FOUND", "no such resource: " + shorten(ctx.path()))));
            config.routes.error(405, ctx -> Problems.send(ctx, 405,
                    new CaseProblem(null, "", "METHOD_NOT_ALLOWED", ctx.method() + " is not allowed on " + shorten(ctx.path()))));
        });
        app.start();
        return new AmeServer(app, deciders, settings);
    }

    private static Handler limited(Semaphore inFlight, Handler handler) {
        return ctx -> {
            if (!inFlight.tryAcquire()) {
                ctx.header("Retry-After", "1");
                Problems.send(ctx, 429, new CaseProblem(null, "", "TOO_MANY_REQUESTS",
                        "too many requests in progress; retry in a second"));
                return;
            }
            try {
                handler.handle(ctx);
            } finally {
                inFlight.release();
            }
        };
    }

    private static void health(Context ctx, EngineAdapter adapter, Deciders deciders, Semaphore inFlight, ServerSettings s) {
        ObjectNode o = Problems.JSON.createObjectNode();
        boolean saturated = deciders.saturated();
        o.put("status", saturated ? "DOWN" : deciders.stuck() > 0 ? "DEGRADED" : "UP");
        o.put("rulesVersion", adapter.rulesVersion());
        o.put("deciderThreads", deciders.threads());
        o.put("decisionsPastTimeLimitStillRunning", deciders.stuck());
        o.put("requestsInProgress", s.maxConcurrentRequests() - inFlight.availablePermits());
        o.put("maxConcurrentRequests", s.maxConcurrentRequests());
        ctx.status(saturated ? 503 : 200);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(o.toString());
    }

    private static void ceilings(Context ctx, EngineAdapter adapter) {
        LocalDate date = dateParam(ctx);
        String territory = ctx.queryParam("territory");
        if (territory == null || territory.isBlank()) {
            throw new CaseProblem(null, "territory", "MISSING_PARAMETER",
                    "missing (one of " + String.join(", ", adapter.territories()) + ", OVERSEAS)");
        }
        String t = territory.trim().toUpperCase(Locale.ROOT);
        if (!adapter.territories().contains(t) && !t.equals("OVERSEAS")) {
            throw new CaseProblem(null, "territory", "UNKNOWN_VALUE", "\"" + shorten(territory) + "\" is not one of "
                    + String.join(", ", adapter.territories()) + ", OVERSEAS");
        }
        String sizeText = ctx.queryParam("size");
        if (sizeText == null || sizeText.isBlank()) {
            throw new CaseProblem(null, "size", "MISSING_PARAMETER", "missing (the number of persons counted, 1 to 50)");
        }
        int size;
        try {
            size = Integer.parseInt(sizeText.trim());
        } catch (NumberFormatException e) {
            throw new CaseProblem(null, "size", "INVALID_PARAMETER", "\"" + shorten(sizeText) + "\" is not a whole number");
        }
        if (size < 1 || size > org.amerules.json.Limits.MAX_MEMBERS) {
            throw new CaseProblem(null, "size", "INVALID_PARAMETER", size + " is not between 1 and " + org.amerules.json.Limits.MAX_MEMBERS);
        }
        ObjectNode body = adapter.ceiling(date, t, size);
        json(ctx, body);
    }

    private static void rules(Context ctx, EngineAdapter adapter) {
        json(ctx, adapter.rules(dateParam(ctx)));
    }

    private static void json(Context ctx, ObjectNode body) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.result(body.toString());
    }

    private static LocalDate dateParam(Context ctx) {
        String d = ctx.queryParam("date");
        if (d == null || d.isBlank()) {
            return LocalDate.now(PARIS);
        }
        try {
            if (d.length() != 10) {
                throw new DateTimeParseException("length", d, 0);
            }
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new CaseProblem(null, "date", "INVALID_DATE", "\"" + shorten(d) + "\" is not a date (yyyy-MM-dd)");
        }
    }

    static String shorten(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    private static byte[] resource(String name) {
        try (InputStream in = AmeServer.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The port the server listens on (the one picked when 0 was asked).
     *
     * @return the port
     */
    public int port() {
        return app.port();
    }

    /**
     * The settings in use.
     *
     * @return the settings
     */
    public ServerSettings settings() {
        return settings;
    }

    /** Stops the server and the decider threads. */
    @Override
    public void close() {
        app.stop();
        deciders.close();
    }

    /**
     * Starts the server: {@code [--port N] [--host ADDRESS]}, or the {@code PORT} environment variable;
     * port 0 picks a free one. Prints the address on standard output.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ServerSettings settings;
        try {
            settings = Cli.parse(args, System.getenv());
        } catch (Cli.Usage u) {
            (u.exitCode() == 0 ? out : System.err).println(u.getMessage());
            System.exit(u.exitCode());
            return;
        }
        org.amerules.engine.DroolsDefaults.apply(); // before the first engine (faster, same decisions)
        EngineAdapter adapter = EngineAdapter.fromClasspath();
        AmeServer server;
        try {
            server = start(settings, adapter);
        } catch (RuntimeException e) {
            System.err.println("ame-server: cannot listen on " + settings.host() + ":" + settings.port() + ": " + rootMessage(e));
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ame-server-stop"));
        String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        out.printf("ame-server %s ready in %d ms: http://%s:%d/ (rules %s)%n", version(), uptime, host, server.port(),
                adapter.rulesVersion());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    static String version() {
        String v = AmeServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
