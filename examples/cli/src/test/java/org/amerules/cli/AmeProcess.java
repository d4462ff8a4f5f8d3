package org.amerules.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code ame} command in a JVM of its own, on the tests' class path. */
final class AmeProcess {
    private AmeProcess() {
    }

    /**
     * Starts {@code java JVM_OPTIONS… AmeCommand ARGS…}.
     *
     * @param jvmOptions options before the main class ({@code -Dkey=value}…), may be empty
     * @param stdout the file the output goes to; null: a pipe, read with {@link Process#getInputStream()}
     * @param args the command's arguments
     * @return the started process
     */
    static Process start(List<String> jvmOptions, Path stdout, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), AmeCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        if (stdout != null) {
            pb.redirectOutput(stdout.toFile());
        }
        return pb.start();
    }
}
