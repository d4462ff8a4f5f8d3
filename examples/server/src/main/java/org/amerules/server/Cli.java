package org.amerules.server;

import java.time.Duration;
import java.util.Map;

/** The command line of {@code ame-server.jar}. */
final class Cli {
    static final String USAGE = """
            Usage: java -jar ame-server.jar [--port N] [--host ADDRESS] [--max-concurrent N]
                                            [--max-batch-cases N] [--case-time-limit-ms N]
            Starts the AME decision service: the JSON API under /v1, /health, /openapi.json and the
            caseworker's screener page at /.
              --port N               port to listen on (default 8080, or the PORT environment variable);
                                     0 picks a free port and prints it
              --host ADDRESS         address to listen on (default 0.0.0.0: every interface)
              --max-concurrent N     decision requests in progress at once, more get 429 (default 64)
              --max-batch-cases N    cases in one NDJSON batch (default 10000)
              --case-time-limit-ms N longest time one case may take (default 5000)
              --help                 this text""";

    /** A usage error or {@code --help}. */
    static final class Usage extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        Usage(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    private Cli() {
    }

    static ServerSettings parse(String[] args, Map<String, String> env) throws Usage {
        ServerSettings s = ServerSettings.defaults();
        String envPort = env.get("PORT");
        if (envPort != null && !envPort.isBlank()) {
            s = s.withPort(port(envPort.trim(), "PORT"));
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--help", "-h" -> throw new Usage(USAGE, 0);
                case "--port" -> s = s.withPort(port(value != null ? value : arg(args, ++i, a), a));
                case "--host" -> s = s.withHost(value != null ? value : arg(args, ++i, a));
                case "--max-concurrent" -> s = s.withLimits(s.maxCaseBytes(), s.maxBatchBytes(), s.maxBatchCases(),
                        number(value != null ? value : arg(args, ++i, a), a, 1, 10_000), s.caseTimeLimit());
                case "--max-batch-cases" -> s = s.withLimits(s.maxCaseBytes(), s.maxBatchBytes(),
                        number(value != null ? value : arg(args, ++i, a), a, 1, 10_000_000), s.maxConcurrentRequests(), s.caseTimeLimit());
                case "--case-time-limit-ms" -> s = s.withLimits(s.maxCaseBytes(), s.maxBatchBytes(), s.maxBatchCases(),
                        s.maxConcurrentRequests(), Duration.ofMillis(number(value != null ? value : arg(args, ++i, a), a, 1, 600_000)));
                default -> throw new Usage("ame-server: unknown option " + a + "\n" + USAGE, 2);
            }
        }
        return s;
    }

    private static String arg(String[] args, int i, String option) throws Usage {
        if (i >= args.length) {
            throw new Usage("ame-server: " + option + " needs a value", 2);
        }
        return args[i];
    }

    private static int port(String v, String option) throws Usage {
        return number(v, option, 0, 65535);
    }

    private static int number(String v, String option, int min, int max) throws Usage {
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new Usage("ame-server: " + option + " must be between " + min + " and " + max + ", not " + n, 2);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Usage("ame-server: " + option + " must be a number, not \"" + AmeServer.shorten(v) + "\"", 2);
        }
    }
}
