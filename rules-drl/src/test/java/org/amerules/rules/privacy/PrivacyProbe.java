package org.amerules.rules.privacy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.amerules.engine.AmeEngine;
import org.amerules.json.internal.CaseInput;
import org.amerules.json.internal.CaseInputs;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.InvalidCaseException;

/**
 * Decides the cases of a JSON Lines file and prints nothing of them: run in a JVM whose loggers are
 * all at TRACE, its output must hold no personal value. Also reloads the rules from a folder, so
 * that the compile path logs too. A Flight Recorder recording (JDK 11 and later: no Security
 * Manager, which Java 24 removed) records every file written and every socket written to or read
 * from meanwhile, and every file read: the report lists them. To show that the recording does see
 * such activity, the probe itself writes a canary file and sends a byte through a loopback socket
 * while recording; the test expects exactly those.
 *
 * <p>Arguments: the cases file, the rules folder, the report file, the canary file.
 */
public final class PrivacyProbe {
    private PrivacyProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[2]);
        Path canary = Path.of(args[3]);
        Path recordingFile = Path.of(args[2] + ".jfr");
        int port;
        int clientPort;
        int decided = 0;
        int refused = 0;
        AmeEngine.ReloadResult r;
        try (Recording recording = new Recording()) {
            for (String event : List.of("jdk.FileWrite", "jdk.FileRead", "jdk.SocketWrite", "jdk.SocketRead")) {
                recording.enable(event).withThreshold(Duration.ZERO);
            }
            recording.start();
            // the canaries: activity the recording must see
            Files.writeString(canary, "canary");
            try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                    Socket accepted = server.accept();
                    OutputStream out = client.getOutputStream()) {
                port = server.getLocalPort();
                clientPort = client.getLocalPort();
                out.write(42);
                out.flush();
                accepted.getInputStream().read();
            }

            AmeEngine engine = AmeEngine.fromClasspath();
            try (var inputs = CaseInputs.read(List.of(args[0]), System.in)) {
                for (CaseInput input : (Iterable<CaseInput>) inputs::iterator) {
                    try {
                        engine.decide(JsonTrees.fromTree(input.tree()), Locale.ENGLISH);
                        decided++;
                    } catch (InvalidCaseException e) {
                        refused++;
                    }
                }
            }
            r = engine.reload(Path.of(args[1]));
            try (var inputs = CaseInputs.read(List.of(args[0]), System.in)) {
                inputs.limit(20).forEach(i -> engine.decide(JsonTrees.fromTree(i.tree()), Locale.FRENCH));
            }
            recording.stop();
            recording.dump(recordingFile);
        }
        List<String> lines = new ArrayList<>();
        lines.add(decided + " " + refused + " " + r.swapped());
        TreeSet<String> activity = new TreeSet<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(recordingFile)) {
            String name = e.getEventType().getName();
            switch (name) {
                case "jdk.FileWrite" -> {
                    // null: a write to a file descriptor (standard output or error: the log lines the test reads)
                    if (e.getString("path") != null) {
                        activity.add("write " + e.getString("path"));
                    }
                }
                case "jdk.FileRead" -> {
                    if (e.getString("path") != null) {
                        activity.add("read " + e.getString("path"));
                    }
                }
                case "jdk.SocketWrite", "jdk.SocketRead" -> activity.add((name.endsWith("Write") ? "socket-write " : "socket-read ")
                        + e.getString("address") + ":" + e.getInt("port"));
                default -> {
                }
            }
        }
        lines.add("canary-ports " + port + " " + clientPort);
        lines.addAll(activity);
        Files.write(report, lines);
    }
}
