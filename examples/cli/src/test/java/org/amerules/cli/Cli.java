package org.amerules.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command in-process and captures what it prints. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        return runWithInput("", args);
    }

    static Cli runWithInput(String stdin, String... args) {
        return runWithInput(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** With standard input given as bytes (which need not be UTF-8). */
    static Cli runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AmeCommand.run(args, new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> lines() {
        return out.lines().toList();
    }
}
