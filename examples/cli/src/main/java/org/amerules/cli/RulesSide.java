package org.amerules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.amerules.engine.AmeEngine;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.Options;
import org.amerules.model.InvalidCaseException;

/**
 * One side of {@code ame diff}: rules that decide cases given as JSON trees and answer in the case
 * format — a decision, an error line ({@code {"id", "error": {"field", "message"}}}), or a failure
 * ({@code {"id", "failure": "ExceptionClass"}}) when the side could not decide for another reason.
 */
interface RulesSide extends AutoCloseable {
    JsonNodeFactory F = JsonNodeFactory.instance;
    /** {@code group:artifact:version} (also {@code group:artifact:extension:version}). */
    Pattern COORDINATES = Pattern.compile("[A-Za-z0-9_.\\-]+:[A-Za-z0-9_.\\-]+(:[A-Za-z0-9_.\\-\\[\\](),]+){1,3}");

    /**
     * Says what the side is and which core decides: e.g. {@code org.amerules:ame-rules-drl:0.1.0 with its
     * own ame-rules-core 0.1.0}, {@code folder rules-drl/src/main/resources with the running core 0.1.0}.
     */
    String label();

    /** The version the decisions state. */
    String rulesVersion();

    /** The side for the JSON report: {@code spec}, {@code kind}, {@code rulesVersion}, {@code core}, {@code coreOrigin}. */
    ObjectNode describe();

    /** The outcome of one case, in the case format. */
    JsonNode decide(JsonNode caseTree, Locale language);

    @Override
    void close();

    /** Settings shared by both sides. */
    record Settings(Options options, String optionsJson, Path mavenRepo, List<String> remoteRepos) {
    }

    /**
     * Opens a side: Maven coordinates (an existing file or folder of that name wins) are resolved
     * and run with their own core in an isolated class loader; a folder or a jar is built with the
     * running core.
     */
    static RulesSide open(String spec, Settings settings) {
        Path path = Path.of(spec);
        if (!Files.exists(path) && COORDINATES.matcher(spec).matches()) {
            MavenArtifacts.Resolved resolved = MavenArtifacts.resolve(spec, settings.mavenRepo(), settings.remoteRepos());
            return new IsolatedSide(spec, resolved, settings.optionsJson());
        }
        if (!Files.exists(path)) {
            throw new Engines.UsageFailure("rules not found: " + spec
                    + " (a rules folder, a rules jar, or Maven coordinates GROUP:ARTIFACT:VERSION)");
        }
        return new LocalSide(spec, path, new AmeEngine(Engines.rules(path), settings.options()));
    }

    /** The version of the core this command runs on. */
    static String runningCoreVersion() {
        ClassLoader loader = AmeEngine.class.getClassLoader();
        for (String resource : List.of("META-INF/maven/org.amerules/ame-rules-core/pom.properties",
                "org/amerules/rules-version.properties")) {
            try (var in = loader.getResourceAsStream(resource)) {
                if (in != null) {
                    var p = new java.util.Properties();
                    p.load(in);
                    String v = p.getProperty("version");
                    if (v != null && !v.isBlank()) {
                        return v;
                    }
                }
            } catch (java.io.IOException e) {
                // try the next one
            }
        }
        String v = AmeEngine.class.getPackage().getImplementationVersion();
        return v == null ? "(version unknown)" : v;
    }

    static ObjectNode failure(JsonNode caseTree, Throwable t) {
        ObjectNode o = F.objectNode();
        String id = JsonTrees.idOf(caseTree);
        if (id == null) {
            o.putNull("id");
        } else {
            o.put("id", id);
        }
        // the class only: a message might quote a value of the case
        o.put("failure", t.getClass().getName());
        return o;
    }

    /** A folder or a jar, built with the running core. */
    final class LocalSide implements RulesSide {
        private final String spec;
        private final Path path;
        private final AmeEngine engine;

        LocalSide(String spec, Path path, AmeEngine engine) {
            this.spec = spec;
            this.path = path;
            this.engine = engine;
        }

        private String kind() {
            return Files.isDirectory(path) ? "folder" : "jar";
        }

        @Override
        public String label() {
            return kind() + " " + spec + " with the running core " + runningCoreVersion();
        }

        @Override
        public String rulesVersion() {
            return engine.rulesVersion();
        }

        @Override
        public ObjectNode describe() {
            ObjectNode o = F.objectNode();
            o.put("spec", spec);
            o.put("kind", kind());
            o.put("rulesVersion", rulesVersion());
            o.put("core", runningCoreVersion());
            o.put("coreOrigin", "running");
            o.put("label", label());
            return o;
        }

        @Override
        public JsonNode decide(JsonNode caseTree, Locale language) {
            try {
                return JsonTrees.toTree(engine.decide(JsonTrees.fromTree(caseTree), language));
            } catch (InvalidCaseException e) {
                InvalidCaseException named = e.caseId() == null && caseTree != null
                        ? new InvalidCaseException(JsonTrees.idOf(caseTree), e.field(), e.problem()) : e;
                return JsonTrees.errorTree(named);
            } catch (RuntimeException | StackOverflowError e) {
                return failure(caseTree, e);
            }
        }

        @Override
        public void close() {
            // nothing to release: the engine is garbage like any object
        }
    }

    /** Released coordinates, decided by their own core in an isolated class loader. */
    final class IsolatedSide implements RulesSide {
        private final String spec;
        private final MavenArtifacts.Resolved resolved;
        private final IsolatedEngine engine;

        IsolatedSide(String spec, MavenArtifacts.Resolved resolved, String optionsJson) {
            this.spec = spec;
            this.resolved = resolved;
            try {
                this.engine = new IsolatedEngine(resolved.jars(), optionsJson);
            } catch (IsolatedEngine.StartFailure e) {
                throw new Engines.UsageFailure(resolved.artifact() + " (resolved from " + resolved.from() + "): " + e.getMessage());
            }
        }

        @Override
        public String label() {
            return resolved.artifact() + " with its own ame-rules-core " + resolved.coreVersion();
        }

        @Override
        public String rulesVersion() {
            return engine.rulesVersion();
        }

        IsolatedEngine engine() {
            return engine;
        }

        @Override
        public ObjectNode describe() {
            ObjectNode o = F.objectNode();
            o.put("spec", spec);
            o.put("kind", "coordinates");
            o.put("artifact", resolved.artifact());
            o.put("rulesVersion", rulesVersion());
            o.put("core", resolved.coreVersion());
            o.put("coreOrigin", "own");
            o.put("resolvedFrom", resolved.from());
            o.put("label", label());
            return o;
        }

        @Override
        public JsonNode decide(JsonNode caseTree, Locale language) {
            IsolatedEngine.Result r = engine.decide(caseTree.toString(), language);
            if (r.json() == null) {
                return failure(caseTree, r.failure());
            }
            try {
                return Json.MAPPER.readTree(r.json());
            } catch (java.io.IOException e) {
                return failure(caseTree, e);
            }
        }

        @Override
        public void close() {
            engine.close();
        }
    }
}
