package org.amerules.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into a Markdown table; each engine benchmark {@code X} with an
 * oracle twin {@code oracleX} (same class) gets the ratio engine / oracle (time) or oracle / engine
 * (throughput): how many times slower the rule engine is than plain Java.
 */
public final class ResultsTable {
    private ResultsTable() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode r : results) {
            byName.put(r.get("benchmark").asText(), r);
        }
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | mode | threads | score | error (99.9 %) | unit | × oracle |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (var e : byName.entrySet()) {
            String name = e.getKey();
            JsonNode r = e.getValue();
            String simple = name.substring(name.lastIndexOf('.') + 1);
            String cls = name.substring(0, name.lastIndexOf('.'));
            JsonNode m = r.get("primaryMetric");
            double score = m.get("score").asDouble();
            double error = m.get("scoreError").isNumber() ? m.get("scoreError").asDouble() : Double.NaN;
            String ratio = "";
            if (!simple.startsWith("oracle")) {
                JsonNode twin = byName.get(cls + ".oracle" + Character.toUpperCase(simple.charAt(0)) + simple.substring(1));
                if (twin != null) {
                    double o = twin.get("primaryMetric").get("score").asDouble();
                    boolean throughput = r.get("mode").asText().equals("thrpt");
                    ratio = String.format(Locale.ROOT, "%.1f", throughput ? o / score : score / o);
                }
            }
            out.append(String.format(Locale.ROOT, "| %s.%s | %s | %d | %s | %s | %s | %s |%n",
                    cls.substring(cls.lastIndexOf('.') + 1), simple, r.get("mode").asText(), r.get("threads").asInt(),
                    fmt(score), Double.isNaN(error) ? "" : fmt(error), m.get("scoreUnit").asText(), ratio));
        }
        System.out.print(out);
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
