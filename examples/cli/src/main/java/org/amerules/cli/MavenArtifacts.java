package org.amerules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves a released artifact and its run-time dependencies with Maven Resolver: from the local
 * repository first (offline when no remote repository is given), then from the remote ones.
 */
final class MavenArtifacts {
    static final String CENTRAL = "https://repo.maven.apache.org/maven2/";
    private static final String CORE = "org.amerules:ame-rules-core";

    private MavenArtifacts() {
    }

    /**
     * What was resolved.
     *
     * @param artifact the artifact asked for, with the version resolved ({@code group:artifact:version})
     * @param jars the artifact's jar and those of its run-time dependencies, in class-path order
     * @param coreVersion the version of {@code ame-rules-core} among them, or {@code none}
     * @param from where it was looked for, for messages
     */
    record Resolved(String artifact, List<Path> jars, String coreVersion, String from) {
    }

    /** The local repository: {@code dir}, else {@code -Dmaven.repo.local}, else the settings' {@code localRepository}, else {@code ~/.m2/repository}. */
    static Path localRepository(Path dir) {
        if (dir != null) {
            return dir.toAbsolutePath();
        }
        String prop = System.getProperty("maven.repo.local");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath();
        }
        Path m2 = Path.of(System.getProperty("user.home"), ".m2");
        Path settings = m2.resolve("settings.xml");
        if (Files.isRegularFile(settings)) {
            try {
                Matcher m = Pattern.compile("<localRepository>\\s*([^<]+?)\\s*</localRepository>").matcher(Files.readString(settings));
                if (m.find() && !m.group(1).contains("${")) {
                    return Path.of(m.group(1)).toAbsolutePath();
                }
            } catch (java.io.IOException | RuntimeException e) {
                // unreadable settings: the default
            }
        }
        return m2.resolve("repository");
    }

    /** A remote repository from {@code --remote-repo}: a URL ({@code file:}, {@code https:}) or {@code central}. */
    static RemoteRepository remote(String spec, int index) {
        String url = spec.equalsIgnoreCase("central") ? CENTRAL : spec;
        if (!url.matches("(?i)(file|https?):.+")) {
            Path dir = Path.of(url);
            if (Files.isDirectory(dir)) {
                url = dir.toAbsolutePath().toUri().toString();
            } else {
                throw new Engines.UsageFailure("--remote-repo " + spec + ": not a URL (file:, http:, https:), a folder, or central");
            }
        }
        boolean local = url.regionMatches(true, 0, "file:", 0, 5);
        // a folder is trusted as it is; a server's files must match their checksums
        RepositoryPolicy policy = new RepositoryPolicy(true, RepositoryPolicy.UPDATE_POLICY_DAILY,
                local ? RepositoryPolicy.CHECKSUM_POLICY_IGNORE : RepositoryPolicy.CHECKSUM_POLICY_FAIL);
        String id = spec.equalsIgnoreCase("central") ? "central" : "remote-" + (index + 1);
        return new RemoteRepository.Builder(id, "default", url).setPolicy(policy).build();
    }

    /**
     * Resolves {@code coordinates} ({@code group:artifact[:extension]:version}) and its run-time
     * dependencies.
     *
     * @throws Engines.UsageFailure when it cannot be resolved, naming where it was looked for
     */
    static Resolved resolve(String coordinates, Path localRepo, List<String> remoteSpecs) {
        Path local = localRepository(localRepo);
        List<RemoteRepository> remotes = new ArrayList<>();
        for (int i = 0; i < remoteSpecs.size(); i++) {
            remotes.add(remote(remoteSpecs.get(i), i));
        }
        String from = "local repository " + local + (remotes.isEmpty() ? " (offline: no --remote-repo)"
                : " and " + String.join(", ", remotes.stream().map(RemoteRepository::getUrl).toList()));
        Artifact artifact;
        try {
            artifact = new DefaultArtifact(coordinates);
        } catch (IllegalArgumentException e) {
            throw new Engines.UsageFailure("bad coordinates " + coordinates + ": expected GROUP:ARTIFACT:VERSION");
        }
        RepositorySystem system = new RepositorySystemSupplier().get();
        try (RepositorySystemSession.CloseableSession session = new SessionBuilderSupplier(system).get()
                // "simple": what is in the local repository is used as it is, wherever it came from
                .withLocalRepositories(new LocalRepository(local, "simple"))
                .setOffline(remotes.isEmpty())
                .setSystemProperties(System.getProperties())
                .build()) {
            CollectRequest collect = new CollectRequest(new Dependency(artifact, "runtime"),
                    system.newResolutionRepositories(session, remotes));
            DependencyResult result = system.resolveDependencies(session,
                    new DependencyRequest(collect, DependencyFilterUtils.classpathFilter("runtime")));
            List<Path> jars = new ArrayList<>();
            String root = null;
            String core = "none";
            for (ArtifactResult r : result.getArtifactResults()) {
                Artifact a = r.getArtifact();
                jars.add(a.getPath());
                String ga = a.getGroupId() + ":" + a.getArtifactId();
                if (ga.equals(artifact.getGroupId() + ":" + artifact.getArtifactId()) && root == null) {
                    root = ga + ":" + a.getVersion();
                }
                if (ga.equals(CORE)) {
                    core = a.getVersion();
                }
            }
            return new Resolved(root == null ? coordinates : root, jars, core, from);
        } catch (DependencyResolutionException e) {
            throw new Engines.UsageFailure("cannot resolve " + coordinates + " from the " + from + ": " + firstLine(e.getMessage()));
        } finally {
            system.shutdown();
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
