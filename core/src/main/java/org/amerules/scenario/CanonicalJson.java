package org.amerules.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/**
 * The canonical layout of scenario files, so that {@code ame test --update} changes only the lines
 * of the values that changed: two spaces of indentation, {@code "name": value}, one array item or
 * object field a line, {@code []} and {@code {}} when empty, fields in the order they are, strings
 * in UTF-8 (no {@code \}{@code u} escapes but for control characters), numbers as written
 * (plain, never in exponent form), and a final line break.
 */
public final class CanonicalJson {
    private static final ObjectMapper SCALARS = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private CanonicalJson() {
    }

    /**
     * The tree in the canonical layout.
     *
     * @param node a JSON tree
     * @return its text, ending with a line break
     */
    public static String write(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, "", sb);
        return sb.append('\n').toString();
    }

    private static void write(JsonNode n, String indent, StringBuilder sb) {
        String inner = indent + "  ";
        if (n.isObject()) {
            if (n.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                var e = it.next();
                sb.append(inner).append(scalar(SCALARS.getNodeFactory().textNode(e.getKey()))).append(": ");
                write(e.getValue(), inner, sb);
                sb.append(it.hasNext() ? ",\n" : "\n");
            }
            sb.append(indent).append('}');
        } else if (n.isArray()) {
            if (n.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < n.size(); i++) {
                sb.append(inner);
                write(n.get(i), inner, sb);
                sb.append(i + 1 < n.size() ? ",\n" : "\n");
            }
            sb.append(indent).append(']');
        } else {
            sb.append(scalar(n));
        }
    }

    private static String scalar(JsonNode n) {
        try {
            return SCALARS.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
