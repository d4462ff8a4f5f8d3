package org.amerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseReader;
import org.amerules.json.internal.JsonTrees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ame diff} with a side given as Maven coordinates: resolved from a repository folder, run
 * with its own core in a class loader of its own. The release is this build laid out as {@link
 * TestRepository#VERSION} in a temporary repository; nothing is installed in the build's.
 */
class DiffByCoordinatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    /** A local repository holding the release, as after {@code mvn install}; third-party artifacts come from the build's. */
    static Path local;
    static Path corpus;

    @TempDir
    Path dir;

    @BeforeAll
    static void release() {
        local = TestRepository.create(shared.resolve("local"));
        corpus = shared.resolve("corpus.jsonl");
        assertThat(Cli.run("corpus", "--count", "300", "--out", corpus.toString()).exit()).isZero();
    }

    private static String[] withRepos(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--maven-repo";
        all[1] = local.toString();
        all[2] = "--remote-repo";
        all[3] = TestRepository.buildRepositoryUrl();
        System.arraycopy(args, 0, all, 4, args.length);
        String[] out = new String[all.length + 1];
        out[0] = "diff";
        System.arraycopy(all, 0, out, 1, all.length);
        return out;
    }

    @Test
    @DisplayName("diff --baseline GROUP:ARTIFACT:VERSION: the release decides with its own core; same rules, no change, exit 0, JSON report")
    void sameRulesNoChange() throws IOException {
        Cli r = Cli.run(withRepos("--baseline", TestRepository.DRL, "--candidate", Paths.RULES.toString(), "--format", "json",
                corpus.toString()));
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.path("format").asText()).isEqualTo("ame-diff");
        assertThat(report.at("/baseline/kind").asText()).isEqualTo("coordinates");
        assertThat(report.at("/baseline/core").asText()).isEqualTo(TestRepository.VERSION);
        assertThat(report.at("/baseline/coreOrigin").asText()).isEqualTo("own");
        assertThat(report.at("/baseline/label").asText())
                .isEqualTo(TestRepository.DRL + " with its own ame-rules-core " + TestRepository.VERSION);
        assertThat(report.at("/baseline/rulesVersion").asText()).contains(TestRepository.VERSION);
        assertThat(report.at("/candidate/kind").asText()).isEqualTo("folder");
        assertThat(report.at("/candidate/coreOrigin").asText()).isEqualTo("running");
        assertThat(report.at("/candidate/label").asText()).startsWith("folder " + Paths.RULES + " with the running core ");
        assertThat(report.at("/summary/cases").asInt()).isEqualTo(300);
        assertThat(report.at("/summary/unchanged").asInt()).isEqualTo(300);
        assertThat(report.at("/summary/changed").asInt()).isZero();
        assertThat(report.at("/summary/exitCode").asInt()).isZero();
        assertThat(report.get("cases")).isEmpty();
    }

    @Test
    @DisplayName("diff against the release: a lowered ceiling lists exactly the cases of its period whose decision changed, exit 1")
    void ceilingChange() throws IOException {
        Path cand = Paths.copyRules(dir.resolve("cand"));
        Paths.changeCeiling2025(cand, 5000);
        Path allow = dir.resolve("allow.txt");
        Files.writeString(allow, "ceiling from 2025-04-01 until 2026-03-31\nstatus from 2025-04-01 until 2026-03-31\n");
        Cli r = Cli.run(withRepos("--baseline", TestRepository.DRL, "--candidate", cand.toString(), "--allow", allow.toString(),
                "--report", "json:" + dir.resolve("diff.json"), "--report", "junit:" + dir.resolve("diff.xml"), corpus.toString()));
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode report = JSON.readTree(dir.resolve("diff.json").toFile());
        Set<String> listed = new TreeSet<>();
        int notAllowed = 0;
        for (JsonNode c : report.get("cases")) {
            listed.add(c.get("id").asText());
            assertThat(c.get("filingDate").asText()).isBetween("2025-04-01", "2026-03-31");
            assertThat(c.get("outcome").asText()).isEqualTo("changed");
            for (JsonNode ch : c.get("changes")) {
                String kind = ch.get("kind").asText();
                assertThat(ch.get("allowed").asBoolean()).as(ch.toString()).isEqualTo(kind.equals("ceiling") || kind.equals("status"));
            }
            notAllowed += c.get("allowed").asBoolean() ? 0 : 1;
        }
        // exactly the cases whose decision differs when both rule sets decide here with the running core
        Set<String> expected = new TreeSet<>();
        AmeEngine base = AmeEngine.fromClasspath();
        AmeEngine changed = AmeEngine.fromFolder(cand);
        for (String line : Files.readAllLines(corpus)) {
            var c = CaseReader.read(line);
            var a = JsonTrees.toTree(base.decide(c, Locale.FRENCH));
            var b = JsonTrees.toTree(changed.decide(c, Locale.FRENCH));
            for (var d : List.of(a, b)) {
                d.remove(List.of("rulesVersion", "trace"));
                d.findParents("message").forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("message"));
            }
            if (!a.equals(b)) {
                expected.add(c.id());
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(listed).isEqualTo(expected);
        assertThat(report.at("/summary/changed").asInt()).isEqualTo(expected.size());
        assertThat(report.at("/summary/notAllowed").asInt()).isEqualTo(notAllowed).isPositive();
        assertThat(report.at("/summary/byKind/ceiling/changes").asInt()).isEqualTo(report.at("/summary/byKind/ceiling/allowed").asInt()).isPositive();
        assertThat(r.out()).contains("baseline: " + TestRepository.DRL + " with its own ame-rules-core " + TestRepository.VERSION)
                .contains("candidate: folder " + cand + " with the running core ")
                .contains("300 cases, " + expected.size() + " changed, " + notAllowed + " with changes not allowed, 0 invalid, 0 failed");
        var xml = Xml.parse(dir.resolve("diff.xml"));
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(expected.size() + 1);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(notAllowed);
        assertThat(Xml.intAttribute(xml, "testsuite", 0, "tests")).isEqualTo(expected.size() + 1);
        assertThat(Xml.intAttribute(xml, "testsuite", 0, "failures")).isEqualTo(notAllowed);

        Files.writeString(allow, "* from 2025-04-01 until 2026-03-31\n");
        Cli allowed = Cli.run(withRepos("--baseline", TestRepository.DRL, "--candidate", cand.toString(), "--allow", allow.toString(),
                "--quiet", corpus.toString()));
        assertThat(allowed.exit()).as(allowed.out()).isZero();
        assertThat(allowed.out()).contains("300 cases, " + expected.size() + " changed, 0 with changes not allowed, 0 invalid, 0 failed");
    }

    @Test
    @DisplayName("the release's engine lives in its own class loader: its classes (engine, Jackson, Drools) are not the running ones")
    void isolated() {
        MavenArtifacts.Resolved resolved = MavenArtifacts.resolve(TestRepository.DRL, local, List.of(TestRepository.buildRepositoryUrl()));
        assertThat(resolved.coreVersion()).isEqualTo(TestRepository.VERSION);
        assertThat(resolved.jars()).anySatisfy(j -> assertThat(j.toString()).endsWith("ame-rules-core-" + TestRepository.VERSION + ".jar"));
        try (IsolatedEngine engine = new IsolatedEngine(resolved.jars(), null)) {
            Class<?> theirs = engine.engine().getClass();
            assertThat(theirs.getName()).isEqualTo(AmeEngine.class.getName());
            assertThat(theirs).isNotSameAs(AmeEngine.class);
            assertThat(theirs.getClassLoader()).isSameAs(engine.loader());
            assertThat(engine.loader().getParent()).isSameAs(ClassLoader.getPlatformClassLoader());
            assertThat(load(engine.loader(), "com.fasterxml.jackson.databind.ObjectMapper")).isNotSameAs(ObjectMapper.class);
            assertThat(load(engine.loader(), "org.kie.api.KieServices")).isNotSameAs(org.kie.api.KieServices.class);
            assertThat(load(engine.loader(), "picocli.CommandLine")).isNull();
            assertThat(engine.rulesVersion()).contains(TestRepository.VERSION);

            // it decides, and as the running core does on the same rules (its version apart)
            String json = Files.readString(Paths.SHARED_CASES.resolve("couple-over-ceiling-2024.json"));
            IsolatedEngine.Result r = engine.decide(json, Locale.FRENCH);
            assertThat(r.failure()).isNull();
            var theirsDecision = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(r.json());
            var ours = JsonTrees.toTree(AmeEngine.fromClasspath().decide(CaseReader.read(json), Locale.FRENCH));
            assertThat(theirsDecision.remove("rulesVersion").asText()).contains(TestRepository.VERSION);
            ours.remove("rulesVersion");
            assertThat(theirsDecision).isEqualTo(JSON.readTree(ours.toString()));

            // a case it refuses comes back as its error line
            IsolatedEngine.Result refused = engine.decide(json.replace("\"1979-08-23\"", "\"1979-13-23\""), Locale.FRENCH);
            assertThat(JSON.readTree(refused.json()).at("/error/field").asText()).isEqualTo("members[0].birthDate");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("resolution from a file-based remote repository into an empty local one; nothing written to the build's repository")
    void fileRemote() {
        Path remote = TestRepository.create(dir.resolve("remote"));
        Path emptyLocal = dir.resolve("empty-local");
        MavenArtifacts.Resolved resolved = MavenArtifacts.resolve(TestRepository.DRL, emptyLocal,
                List.of(remote.toUri().toString(), TestRepository.buildRepositoryUrl()));
        assertThat(resolved.artifact()).isEqualTo(TestRepository.DRL);
        assertThat(resolved.coreVersion()).isEqualTo(TestRepository.VERSION);
        assertThat(resolved.jars().get(0)).isEqualTo(emptyLocal.resolve("org/amerules/ame-rules-drl/" + TestRepository.VERSION
                + "/ame-rules-drl-" + TestRepository.VERSION + ".jar").toAbsolutePath());
        assertThat(resolved.jars()).allSatisfy(j -> assertThat(j).startsWith(emptyLocal.toAbsolutePath()));
        assertThat(resolved.jars()).anySatisfy(j -> assertThat(j.getFileName().toString()).startsWith("drools-core-"));
        assertThat(TestRepository.buildRepository().resolve("org/amerules/ame-rules-core/" + TestRepository.VERSION)).doesNotExist();
        assertThat(TestRepository.buildRepository().resolve("org/amerules/ame-rules-drl/" + TestRepository.VERSION)).doesNotExist();
    }

    @Test
    @DisplayName("coordinates that cannot be resolved offline: exit 2, naming them and where they were looked for")
    void notFound() {
        Cli r = Cli.run("diff", "--maven-repo", dir.resolve("nothing").toString(), "--baseline", "org.amerules:ame-rules-drl:9.9.9",
                "--candidate", Paths.RULES.toString(), Paths.SHARED_CASES.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ame diff: cannot resolve org.amerules:ame-rules-drl:9.9.9 from the local repository")
                .contains("offline");
        Cli bad = Cli.run("diff", "--baseline", "no-such-folder", "--candidate", Paths.RULES.toString(), Paths.SHARED_CASES.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("rules not found: no-such-folder");
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
