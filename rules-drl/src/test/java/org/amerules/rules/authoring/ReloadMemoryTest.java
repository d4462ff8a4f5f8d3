package org.amerules.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amerules.engine.AmeEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 3: {@code reload()} releases the module it replaces. Drools' {@code KieRepository}
 * used to keep every module built (about 2 MB a reload of the released rules, 36 KB a reload of
 * the small folder here: 150 reloads grew the heap by 5.5 MB). Reloads of a small rules folder (the
 * released parameter files and one small DRL file) leave the used heap, measured after a full GC,
 * within 6 MB and 4 KB a reload. 300 reloads by default (about 20 s on a quiet 2-core machine; a
 * reload of even this folder costs 60 to 180 ms); {@code -Dame.reloads=1000} for the count
 * (1,000 reloads measured +62 KB, in 182 s on a loaded machine).
 */
class ReloadMemoryTest {
    /** Reloads by default. */
    private static final int DEFAULT_RELOADS = 300;

    @TempDir
    Path dir;

    Path tinyFolder(String name) throws IOException {
        // the release without its DRL (parameters, catalogues, messages), and one tiny rule
        Path folder = RulesFolder.copy(dir.resolve(name));
        try (var drls = Files.list(folder.resolve("org/amerules/rules"))) {
            for (Path d : (Iterable<Path>) drls::iterator) {
                Files.delete(d);
            }
        }
        // no rule reads a parameter's status any more: provisional values would not validate
        try (var params = Files.walk(folder.resolve("parameters"))) {
            for (Path p : (Iterable<Path>) params.filter(f -> f.toString().endsWith(".yaml"))::iterator) {
                Files.writeString(p, Files.readString(p).replace("status: provisional", "status: verified"));
            }
        }
        Path drl = RulesFolder.drl(folder, "01-tiny.drl");
        Files.createDirectories(drl.getParent());
        Files.writeString(drl, """
                package org.amerules.rules;
                import org.amerules.facts.*;
                rule "Tiny %s: a filing"
                when
                    Filing( $d : filingDate )
                    Person( $id : id )
                then
                end
                """.formatted(name));
        return folder;
    }

    static long usedAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Test
    @DisplayName("reloads of a small rules folder: the used heap after GC does not grow (6 MB + 4 KB a reload at most)")
    void reloadsReleaseTheOldModule() throws Exception {
        int count = Integer.getInteger("ame.reloads", DEFAULT_RELOADS);
        // the most the used heap may grow: the module leaked (36 KB a reload here) exceeds it from 200 reloads
        long bound = 6L * 1024 * 1024 + count * 4L * 1024;
        Path a = tinyFolder("a");
        Path b = tinyFolder("b");
        AmeEngine engine = AmeEngine.fromFolder(a);
        for (int i = 0; i < 20; i++) {
            assertThat(engine.reload(i % 2 == 0 ? b : a).swapped()).isTrue();
        }
        long before = usedAfterGc();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            AmeEngine.ReloadResult r = engine.reload(i % 2 == 0 ? b : a);
            assertThat(r.swapped()).as("reload %d: %s", i, r.problems()).isTrue();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        long after = usedAfterGc();
        System.out.printf("%d reloads in %d s; used heap after GC %d MB before, %d MB after (%+d KB)%n", count, seconds,
                before >> 20, after >> 20, (after - before) >> 10);
        assertThat(after - before).as("heap growth over %d reloads, bytes", count).isLessThan(bound);
    }
}
