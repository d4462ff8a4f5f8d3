package org.amerules.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * An engine of another version of ame-rules, loaded with its own core and dependencies in a class
 * loader of its own (parent: the platform class loader), and spoken to only with JSON strings
 * through its public API, found by reflection:
 * {@code AmeEngine.fromClasspath()}, {@code OptionsReader.read(String)} and {@code withOptions},
 * {@code CaseReader.read(String)}, {@code decide(case, Locale)}, {@code DecisionWriter.toJson} and
 * {@code DecisionWriter.errorJson}. No type of that version is seen by this command, so the two may
 * differ freely. Only the SLF4J API is shared, so that the other version logs where this command logs.
 */
final class IsolatedEngine implements AutoCloseable {
    private static final String PKG = "org.amerules.";
    private final URLClassLoader loader;
    private final Object engine;
    private final Method read;
    private final Method decide;
    private final Method toJson;
    private final Method errorJson;
    private final String rulesVersion;

    /** The other version could not be started (not a rules release, a missing class or method, rules that do not build). */
    static final class StartFailure extends RuntimeException {
        StartFailure(String message) {
            super(message);
        }
    }

    /**
     * The outcome of one case: the JSON of a decision or of an error line, or the failure that
     * prevented both.
     */
    record Result(String json, Throwable failure) {
    }

    IsolatedEngine(List<Path> jars, String optionsJson) {
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new StartFailure("bad jar path " + jar);
            }
        }
        loader = new Loader(urls.toArray(URL[]::new), IsolatedEngine.class.getClassLoader());
        try {
            Class<?> engineClass = load("engine.AmeEngine");
            Class<?> reader = load("json.CaseReader");
            Class<?> writer = load("json.DecisionWriter");
            Object e = inLoader(() -> method(engineClass, "fromClasspath", 0).invoke(null));
            if (optionsJson != null) {
                Object options = inLoader(() -> method(load("json.OptionsReader"), "read", String.class).invoke(null, optionsJson));
                Object base = e;
                e = inLoader(() -> method(engineClass, "withOptions", 1).invoke(base, options));
            }
            engine = e;
            read = method(reader, "read", String.class);
            decide = method(engineClass, "decide", 2);
            toJson = method(writer, "toJson", 1);
            errorJson = method(writer, "errorJson", 1);
            Object v = inLoader(() -> method(engineClass, "rulesVersion", 0).invoke(engine));
            rulesVersion = String.valueOf(v);
        } catch (StartFailure e) {
            closeQuietly();
            throw e;
        } catch (InvocationTargetException e) {
            closeQuietly();
            Throwable cause = e.getCause();
            throw new StartFailure("its engine does not start: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (Exception | LinkageError e) {
            closeQuietly();
            throw new StartFailure("not an ame-rules release this command can run: " + e);
        }
    }

    String rulesVersion() {
        return rulesVersion;
    }

    /** The class loader of the other version (for the tests). */
    ClassLoader loader() {
        return loader;
    }

    /** The engine object of the other version (for the tests). */
    Object engine() {
        return engine;
    }

    /** Decides one case given as JSON; the answer is the other version's JSON. */
    Result decide(String caseJson, Locale language) {
        Object c;
        try {
            c = inLoader(() -> read.invoke(null, caseJson));
            Object decision = inLoader(() -> decide.invoke(engine, c, language));
            return new Result((String) inLoader(() -> toJson.invoke(null, decision)), null);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause.getClass().getName().equals(PKG + "model.InvalidCaseException")) {
                try {
                    return new Result((String) inLoader(() -> errorJson.invoke(null, cause)), null);
                } catch (Exception | LinkageError e2) {
                    return new Result(null, e2);
                }
            }
            return new Result(null, cause);
        } catch (Exception | LinkageError e) {
            return new Result(null, e);
        }
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            loader.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(PKG + name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new StartFailure("no class " + PKG + name + " in its jars");
        }
    }

    /** Runs with the other version's class loader as the thread's context class loader (Drools looks there). */
    private <T> T inLoader(Callable<T> call) throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            return call.call();
        } finally {
            t.setContextClassLoader(before);
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new StartFailure("no public method " + type.getSimpleName() + "." + name + " in its core");
        }
    }

    /** The public static or instance method of that name with that many parameters (its types belong to the other version). */
    private static Method method(Class<?> type, String name, int parameters) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == parameters
                    && (parameters < 2 || m.getParameterTypes()[1] == Locale.class)) {
                return m;
            }
        }
        throw new StartFailure("no public method " + type.getSimpleName() + "." + name + " with " + parameters
                + " parameter(s) in its core");
    }

    /**
     * Child-first by construction: its parent is the platform class loader, so nothing of this
     * command (Jackson, Drools, ame-rules) is visible; only {@code org.slf4j} comes from this command.
     */
    private static final class Loader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final ClassLoader shared;

        Loader(URL[] urls, ClassLoader shared) {
            super("ame-rules-isolated", urls, ClassLoader.getPlatformClassLoader());
            this.shared = shared;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.slf4j.")) {
                return shared.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
