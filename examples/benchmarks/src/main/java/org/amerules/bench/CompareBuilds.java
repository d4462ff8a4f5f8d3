package org.amerules.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.amerules.engine.AmeEngine;
import org.amerules.model.AmeCase;

/**
 * Two or more builds of the library deciding the same cases side by side, in one JVM, their rounds
 * interleaved, so that the drift of a shared machine (which moves a build's figures by a third
 * from one hour to the next) falls on every build alike. Each build is loaded in its own class
 * loader, with its own core, rules and Drools jars; only this class is shared, as bytes.
 *
 * <pre>
 * java -cp examples/benchmarks/target/classes org.amerules.bench.CompareBuilds \
 *      [--rounds 45] [--round-ms 300] [--language fr] CASES LIB_DIR…
 * </pre>
 * {@code CASES} is {@code one} or {@code seven} (the benchmarks' two cases) or a JSON Lines file;
 * each {@code LIB_DIR} is a build's jar folder ({@code examples/benchmarks/target/lib} of a
 * checkout, after {@code ./mvnw package -pl examples/benchmarks -am}). A case a build refuses stops
 * the run with its line: every build decides every case. Prints, for each build, the median and
 * the lowest time a decision over the last two thirds of the rounds, and the median (with its
 * quartiles) of the ratios of each round to the first build's round just before it. It measures; it asserts nothing ({@code examples/benchmarks/compare-builds.sh}
 * builds a git revision and runs it against the working tree).
 */
public final class CompareBuilds {
    private CompareBuilds() {
    }

    /**
     * Runs the comparison.
     *
     * @param args the options, the cases and the builds' jar folders
     * @throws Exception when a build cannot be loaded or refuses a case
     */
    public static void main(String[] args) throws Exception {
        int rounds = 45;
        long roundNanos = 300_000_000L;
        String language = "fr";
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--round-ms" -> roundNanos = Long.parseLong(args[++i]) * 1_000_000L;
                case "--language" -> language = args[++i];
                default -> rest.add(args[i]);
            }
        }
        if (rest.size() < 2 || rounds < 3) {
            System.err.println("usage: CompareBuilds [--rounds N>=3] [--round-ms MS] [--language TAG] one|seven|CASES.jsonl LIB_DIR...");
            System.exit(2);
        }
        String cases = rest.get(0);
        List<String> builds = rest.subList(1, rest.size());
        Path self = Path.of(CompareBuilds.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Method[] round = new Method[builds.size()];
        for (int b = 0; b < builds.size(); b++) {
            ClassLoader loader = loader(Path.of(builds.get(b)), self);
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> probe = loader.loadClass(CompareBuilds.class.getName() + "$Probe");
            try {
                Object firings = probe.getMethod("init", String.class, String.class).invoke(null, cases, language);
                System.out.printf("%s: %s%n", builds.get(b), firings);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(builds.get(b) + ": " + e.getCause().getMessage(), e.getCause());
            }
            round[b] = probe.getMethod("round", long.class);
        }
        double[][] times = new double[builds.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < builds.size(); b++) {
                times[b][r] = (Double) round[b].invoke(null, roundNanos);
            }
        }
        int skip = rounds / 3;
        for (int b = 0; b < builds.size(); b++) {
            double[] kept = Arrays.copyOfRange(times[b], skip, rounds);
            Arrays.sort(kept);
            // each round against the first build's round just before it: the machine's drift between
            // rounds cancels out of the ratio
            double[] ratios = new double[rounds - skip];
            for (int r = skip; r < rounds; r++) {
                ratios[r - skip] = times[b][r] / times[0][r];
            }
            Arrays.sort(ratios);
            int n = ratios.length;
            System.out.printf(Locale.ROOT, "%-48s median %8.2f µs a decision, lowest %8.2f; against the first build %.3f× (quartiles %.3f–%.3f, %d rounds)%n",
                    builds.get(b), kept[kept.length / 2], kept[0], ratios[n / 2], ratios[n / 4], ratios[(3 * n) / 4], n);
        }
    }

    /** A class loader of the build's jars and of this class's own folder, above the platform's classes only. */
    private static ClassLoader loader(Path libDir, Path self) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(url(self));
        try (Stream<Path> jars = Files.list(libDir)) {
            for (Path j : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String name = j.getFileName().toString();
                // JMH and a logging back end are not the library's; the benchmarks module's own jars may be there too
                if (!name.startsWith("jmh-") && !name.startsWith("slf4j-simple") && !name.startsWith("ame-benchmarks")) {
                    urls.add(url(j));
                }
            }
        }
        if (urls.size() < 2) {
            throw new IllegalArgumentException(libDir + ": no jar");
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    private static URL url(Path p) throws MalformedURLException {
        return p.toUri().toURL();
    }

    /**
     * What runs inside each build's class loader: it uses only API that every build since 0.1.0
     * has ({@code AmeEngine.fromClasspath}, {@code decide}, {@code CaseReader.read}, through {@link BenchCases}).
     */
    public static final class Probe {
        private static AmeEngine engine;
        private static Locale locale;
        private static final List<AmeCase> CASES = new ArrayList<>();
        private static int next;

        private Probe() {
        }

        /**
         * Loads the build's release and reads the cases with the build's reader.
         *
         * @param cases {@code one}, {@code seven} or a JSON Lines file
         * @param language the language of the decisions
         * @return the number of cases and the firings of the first one
         * @throws IllegalArgumentException when a build refuses a case (its line is named)
         */
        public static String init(String cases, String language) {
            engine = AmeEngine.fromClasspath();
            locale = Locale.forLanguageTag(language);
            // BenchCases runs in this build's loader too: its reader is the build's
            CASES.addAll(cases.equals("one") ? List.of(BenchCases.onePerson())
                    : cases.equals("seven") ? List.of(BenchCases.sevenPersons()) : BenchCases.fromFile(Path.of(cases)));
            if (CASES.isEmpty()) {
                throw new IllegalArgumentException(cases + ": no case");
            }
            return CASES.size() + " case(s), the first one " + engine.decide(CASES.get(0), locale).trace().size() + " firings";
        }

        /**
         * Decides the cases in turn for about {@code nanos}.
         *
         * @param nanos the length of the round
         * @return the mean time a decision in the round, in microseconds
         */
        public static double round(long nanos) {
            long start = System.nanoTime();
            long n = 0;
            int size = CASES.size();
            while (System.nanoTime() - start < nanos) {
                engine.decide(CASES.get(next), locale);
                next = (next + 1) % size;
                n++;
            }
            return (System.nanoTime() - start) / 1000.0 / n;
        }
    }
}
