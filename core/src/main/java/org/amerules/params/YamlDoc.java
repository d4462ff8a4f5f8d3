package org.amerules.params;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A YAML (or JSON) file of the rules release read as a tree, with the line and column of every
 * value, so that each problem can be reported as {@code path:line:column: message}. Internal to the
 * engine; public only for the modules of this library.
 */
public final class YamlDoc {
    /** The largest parameter or catalogue file read, in characters. */
    public static final int MAX_CHARS = 2_000_000;
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(100_000).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> locations;
    /** The line and column of each key, by the pointer of its value. */
    private final Map<String, int[]> keys;

    private YamlDoc(String file, JsonNode root, Map<String, int[]> locations, Map<String, int[]> keys) {
        this.file = file;
        this.root = root;
        this.locations = locations;
        this.keys = keys;
    }

    /**
     * Parses a file; a syntax error is added to {@code problems} and gives a document whose root is null.
     *
     * @param file the file's path relative to the rules folder, for the problems
     * @param text the file's content
     * @param problems where problems are added
     * @return the document
     */
    public static YamlDoc parse(String file, String text, List<ParameterProblem> problems) {
        if (text.length() > MAX_CHARS) {
            problems.add(new ParameterProblem(file, "", 1, 1, "the file is longer than " + MAX_CHARS + " characters"));
            return new YamlDoc(file, null, Map.of(), Map.of());
        }
        Map<String, int[]> locations = new HashMap<>();
        Map<String, int[]> keys = new HashMap<>();
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                var loc = p.currentTokenLocation();
                if (t == JsonToken.FIELD_NAME) {
                    keys.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
                            new int[] {Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1)});
                    continue;
                }
                locations.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
                        new int[] {Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1)});
            }
            JsonNode root = MAPPER.readTree(text);
            if (root == null || !root.isObject()) {
                problems.add(new ParameterProblem(file, "", 1, 1, "the file must hold a mapping (key: value lines)"));
                root = null;
            }
            return new YamlDoc(file, root, locations, keys);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            problems.add(new ParameterProblem(file, "", loc == null ? 1 : Math.max(loc.getLineNr(), 1),
                    loc == null ? 1 : Math.max(loc.getColumnNr(), 1), e.getOriginalMessage()));
            return new YamlDoc(file, null, Map.of(), Map.of());
        } catch (IOException e) {
            problems.add(new ParameterProblem(file, "", 1, 1, String.valueOf(e.getMessage())));
            return new YamlDoc(file, null, Map.of(), Map.of());
        }
    }

    /**
     * The file's path.
     *
     * @return the path relative to the rules folder
     */
    public String file() {
        return file;
    }

    /**
     * The root mapping.
     *
     * @return the root, or null when the file could not be parsed
     */
    public @Nullable JsonNode root() {
        return root;
    }

    /**
     * A problem at a JSON pointer of this file (the nearest located parent when the pointer itself is absent).
     *
     * @param pointer a JSON pointer, e.g. {@code /values/2/reference}
     * @param message what is wrong
     * @return the problem with its line and column
     */
    public ParameterProblem problem(String pointer, String message) {
        String p = pointer;
        int[] at = locations.get(p);
        while (at == null && !p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
            at = locations.get(p);
        }
        if (at == null) {
            at = new int[] {1, 1};
        }
        return new ParameterProblem(file, pointer, at[0], at[1], message);
    }

    /**
     * A problem with a key of this file, at the key itself (e.g. an unknown key); at its value, or
     * the nearest located parent, when the key's place is not known.
     *
     * @param pointer the JSON pointer of the key's value, e.g. {@code /entries/RESIDENCE_TOO_SHORT/descriptoin}
     * @param message what is wrong
     * @return the problem with the key's line and column
     */
    public ParameterProblem keyProblem(String pointer, String message) {
        int[] at = keys.get(pointer);
        return at == null ? problem(pointer, message) : new ParameterProblem(file, pointer, at[0], at[1], message);
    }

    /**
     * The line of the value at a pointer.
     *
     * @param pointer a JSON pointer
     * @return its line, or 0 when unknown
     */
    public int line(String pointer) {
        int[] at = locations.get(pointer);
        return at == null ? 0 : at[0];
    }
}
