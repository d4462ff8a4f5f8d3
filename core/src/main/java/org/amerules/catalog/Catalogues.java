package org.amerules.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.amerules.params.ParameterException;
import org.amerules.params.ParameterProblem;
import org.amerules.params.YamlDoc;
import org.jspecify.annotations.Nullable;

/**
 * The catalogues of a rules release, one YAML file each under {@code catalogues/}: reason codes
 * ({@code reasons}: kind, group, legal basis), {@code warnings}, {@code documents} (the filing
 * checklist, in order), {@code orientations}, {@code care-acts}, {@code stay-documents},
 * {@code territories}. Adding a code or an act is a line in a catalogue (and its messages), no Java.
 *
 * <pre>
 * description: Reason codes of the decisions
 * entries:
 *   RESIDENCE_TOO_SHORT:
 *     kind: failure          # grant | failure | information
 *     group: eligibility
 *     legalBasis: CASF L251-1
 * </pre>
 */
public final class Catalogues {
    /** The folder of the catalogue files in a rules release. */
    public static final String FOLDER = "catalogues/";
    /** Reason codes. */
    public static final String REASONS = "reasons";
    /** Warning codes. */
    public static final String WARNINGS = "warnings";
    /** Filing checklist items. */
    public static final String DOCUMENTS = "documents";
    /** Where to turn. */
    public static final String ORIENTATIONS = "orientations";
    /** Care acts ({@code careRequests[].act}). */
    public static final String CARE_ACTS = "care-acts";
    /** Stay documents ({@code members[].stayDocuments[].type}). */
    public static final String STAY_DOCUMENTS = "stay-documents";
    /** The catalogues every release has. */
    public static final List<String> REQUIRED = List.of(REASONS, WARNINGS, DOCUMENTS, ORIENTATIONS, CARE_ACTS, STAY_DOCUMENTS);
    private static final Set<String> REASON_KINDS = Set.of("grant", "failure", "information");
    /** The attributes of the entries of a catalogue whose codes have messages. */
    private static final Set<String> CODED = Set.of("description", "legalBasis", "dataValues");
    /**
     * The attributes an entry of each catalogue may have, besides those a rule reads with {@code
     * law.attribute("catalogue", code, "name")}: {@code description} everywhere; the legal basis
     * shown beside a message and the values kept for machines ({@code dataValues}) in the
     * catalogues whose codes have messages; the kind and group of a reason; the ceiling row of a
     * territory. Any other key is a problem naming the known ones (a misspelt {@code dataValues}
     * would otherwise only show as problems of the rules and messages that rely on it).
     */
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            REASONS, Set.of("description", "legalBasis", "dataValues", "kind", "group"),
            WARNINGS, CODED,
            DOCUMENTS, CODED,
            ORIENTATIONS, CODED,
            "territories", Set.of("description", "ceilingRow"));
    private static final Set<String> DEFAULT_ATTRIBUTES = Set.of("description");

    /** Sorted by name, for {@link #all()}. */
    private final Map<String, Catalogue> catalogues;
    /** The same, hashed: looked up by name for every reason, document and pointer of a decision. */
    private final Map<String, Catalogue> byName;

    private Catalogues(Map<String, Catalogue> catalogues) {
        this.catalogues = java.util.Collections.unmodifiableMap(catalogues);
        this.byName = new java.util.HashMap<>(catalogues);
    }

    /**
     * Reads the catalogue files; throws listing every problem when one cannot be used.
     *
     * @param files file path relative to the rules folder (e.g. {@code catalogues/reasons.yaml}) to content
     * @return the catalogues
     * @throws ParameterException when a file has problems
     */
    public static Catalogues parse(Map<String, String> files) {
        return parse(files, Map.of());
    }

    /**
     * Reads the catalogue files, knowing the attributes the rules read; throws listing every
     * problem when one cannot be used.
     *
     * @param files file path relative to the rules folder (e.g. {@code catalogues/reasons.yaml}) to content
     * @param attributesRead by catalogue name, the attributes a rule reads ({@code
     *     law.attribute("territories", $t, "ceilingRow")}): an entry may have them besides the
     *     known ones ({@link #knownAttributes(String)})
     * @return the catalogues
     * @throws ParameterException when a file has problems (an unknown key in an entry among them)
     */
    public static Catalogues parse(Map<String, String> files, Map<String, Set<String>> attributesRead) {
        List<ParameterProblem> problems = new ArrayList<>();
        Catalogues c = read(files, attributesRead, problems);
        if (!problems.isEmpty()) {
            throw new ParameterException(problems);
        }
        return c;
    }

    /**
     * Every problem of the catalogue files.
     *
     * @param files file path relative to the rules folder to content
     * @return the problems
     */
    public static List<ParameterProblem> check(Map<String, String> files) {
        List<ParameterProblem> problems = new ArrayList<>();
        read(files, Map.of(), problems);
        return problems;
    }

    /**
     * The attributes an entry of a catalogue may have, besides those a rule reads.
     *
     * @param catalogue the catalogue's name, e.g. {@code reasons}
     * @return the attribute names
     */
    public static Set<String> knownAttributes(String catalogue) {
        return ATTRIBUTES.getOrDefault(catalogue, DEFAULT_ATTRIBUTES);
    }

    private static Catalogues read(Map<String, String> files, Map<String, Set<String>> attributesRead, List<ParameterProblem> problems) {
        Map<String, Catalogue> result = new TreeMap<>();
        for (var e : new TreeMap<>(files).entrySet()) {
            String file = e.getKey();
            String name = file.substring(FOLDER.length(), file.lastIndexOf('.'));
            YamlDoc doc = YamlDoc.parse(file, e.getValue(), problems);
            JsonNode root = doc.root();
            if (root == null) {
                continue;
            }
            for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!k.equals("description") && !k.equals("entries")) {
                    problems.add(doc.problem("/" + k, "unknown key \"" + k + "\" (known: description, entries)"));
                }
            }
            JsonNode entries = root.get("entries");
            if (entries == null || !entries.isObject() || entries.isEmpty()) {
                problems.add(doc.problem("/entries", "a non-empty mapping of code to attributes is required"));
                continue;
            }
            Set<String> known = new java.util.TreeSet<>(knownAttributes(name));
            known.addAll(attributesRead.getOrDefault(name, Set.of()));
            Map<String, CatalogueEntry> map = new LinkedHashMap<>();
            for (var en : (Iterable<Map.Entry<String, JsonNode>>) entries::fields) {
                String code = en.getKey();
                String p = "/entries/" + code;
                if (!code.matches("[A-Z][A-Z0-9_]*")) {
                    problems.add(doc.problem(p, "\"" + code + "\" is not a code (capital letters, digits and _)"));
                    continue;
                }
                Map<String, Object> attributes = new LinkedHashMap<>();
                JsonNode v = en.getValue();
                if (v != null && !v.isNull() && !(v.isTextual() && v.asText().isEmpty())) {
                    if (!v.isObject()) {
                        problems.add(doc.problem(p, "an entry is a mapping of attributes (or empty)"));
                        continue;
                    }
                    for (var a : (Iterable<Map.Entry<String, JsonNode>>) v::fields) {
                        JsonNode av = a.getValue();
                        if (!known.contains(a.getKey())) {
                            String closest = org.amerules.json.internal.JsonTrees.closest(a.getKey(), known);
                            problems.add(doc.keyProblem(p + "/" + a.getKey(), "unknown key " + org.amerules.json.SafeText.quote(a.getKey())
                                    + " (known: " + String.join(", ", known) + ")"
                                    + (closest == null ? "" : ": did you mean \"" + closest + "\"?")));
                            continue;
                        }
                        if (av.isArray()) {
                            List<String> l = new ArrayList<>();
                            av.forEach(x -> l.add(x.asText()));
                            attributes.put(a.getKey(), List.copyOf(l));
                        } else if (av.isValueNode()) {
                            attributes.put(a.getKey(), av.asText());
                        } else {
                            problems.add(doc.problem(p + "/" + a.getKey(), "an attribute is a text or a list of texts"));
                        }
                    }
                }
                if (name.equals(REASONS)) {
                    Object kind = attributes.get("kind");
                    if (!(kind instanceof String k) || !REASON_KINDS.contains(k)) {
                        problems.add(doc.problem(p + "/kind", "a reason code has a kind: grant, failure or information"));
                    }
                    if (!(attributes.get("legalBasis") instanceof String)) {
                        problems.add(doc.problem(p + "/legalBasis", "a reason code names its legal basis"));
                    }
                }
                map.put(code, new CatalogueEntry(code, attributes, doc.line(p)));
            }
            result.put(name, new Catalogue(name, file, map));
        }
        for (String required : REQUIRED) {
            if (!result.containsKey(required)) {
                problems.add(new ParameterProblem(FOLDER + required + ".yaml", "", 0, 0, "catalogue missing"));
            }
        }
        return new Catalogues(result);
    }

    /**
     * A catalogue by name.
     *
     * @param name e.g. {@code reasons}
     * @return the catalogue, or null when the release has none of that name
     */
    public @Nullable Catalogue get(String name) {
        return byName.get(name);
    }

    /**
     * Every catalogue.
     *
     * @return the catalogues, sorted by name
     */
    public Collection<Catalogue> all() {
        return catalogues.values();
    }
}
