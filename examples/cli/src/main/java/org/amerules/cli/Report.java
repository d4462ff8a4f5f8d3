package org.amerules.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A report asked for with {@code --report FORMAT:FILE}. */
record Report(String format, Path file) {
    /** Parses {@code FORMAT:FILE} specs, each format one of {@code formats}; a usage error otherwise. */
    static List<Report> parse(List<String> specs, String command, List<String> formats) {
        List<Report> reports = new ArrayList<>();
        for (String spec : specs == null ? List.<String>of() : specs) {
            int colon = spec.indexOf(':');
            String format = colon < 0 ? "" : spec.substring(0, colon);
            String file = colon < 0 ? "" : spec.substring(colon + 1);
            if (!formats.contains(format) || file.isBlank()) {
                throw new Engines.UsageFailure("--report " + spec + ": expected FORMAT:FILE with FORMAT one of " + formats);
            }
            reports.add(new Report(format, Path.of(file)));
        }
        return reports;
    }
}
