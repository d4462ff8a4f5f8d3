package org.amerules.engine;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amerules.catalog.Catalogue;
import org.amerules.catalog.CatalogueEntry;
import org.amerules.catalog.Catalogues;
import org.amerules.params.Parameter;
import org.amerules.params.ParameterType;
import org.amerules.params.ParameterValue;

/**
 * The checks {@code ame validate} runs across the whole release, beyond compiling the DRL: every
 * code a rule inserts is declared and has a message in every language; every placeholder of a
 * message is a value the rule provides, and the reverse; every parameter a rule reads exists, is of
 * the type the call expects and, unless the rule guards it with {@code law.has(...)}, has a value
 * from the release's first date; dated lists name only catalogue entries; every language has every
 * key. The DRL is read as text: calls on the global {@code law} with literal names and codes.
 */
final class ReleaseChecker {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");
    private static final Pattern CALL = Pattern.compile("\\blaw\\s*\\.\\s*(\\w+)\\s*\\(");
    private static final Pattern PARAM_NAME = Pattern.compile("\"([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Parameter-reading methods of {@link Law}, and the types each accepts. */
    private static final Map<String, Set<ParameterType>> READERS = Map.ofEntries(
            Map.entry("has", Set.of(ParameterType.values())),
            Map.entry("value", Set.of(ParameterType.values())),
            Map.entry("newestFrom", Set.of(ParameterType.values())),
            Map.entry("lastVerifiedOn", Set.of(ParameterType.values())),
            Map.entry("provisional", Set.of(ParameterType.values())),
            Map.entry("integer", Set.of(ParameterType.INTEGER)),
            Map.entry("amount", Set.of(ParameterType.AMOUNT)),
            Map.entry("period", Set.of(ParameterType.DURATION)),
            Map.entry("plus", Set.of(ParameterType.DURATION)),
            Map.entry("minus", Set.of(ParameterType.DURATION)),
            Map.entry("moreThan", Set.of(ParameterType.DURATION)),
            Map.entry("moreThanMetOn", Set.of(ParameterType.DURATION)),
            Map.entry("atLeast", Set.of(ParameterType.DURATION)),
            Map.entry("within", Set.of(ParameterType.DURATION)),
            Map.entry("days", Set.of(ParameterType.DURATION)),
            Map.entry("date", Set.of(ParameterType.DATE)),
            Map.entry("on", Set.of(ParameterType.SWITCH)),
            Map.entry("list", Set.of(ParameterType.LIST)),
            Map.entry("inList", Set.of(ParameterType.LIST)),
            Map.entry("row", Set.of(ParameterType.TABLE)),
            Map.entry("cell", Set.of(ParameterType.TABLE)));
    /** Lookups that answer on any date (false or "none" before the first value). */
    private static final Set<String> TOLERANT = Set.of("has", "on", "inList", "provisional", "newestFrom", "lastVerifiedOn");
    /** Result factories: the catalogue of their code and the message prefix. */
    private static final Map<String, String[]> RESULTS = Map.of(
            "finding", new String[] {Catalogues.REASONS, "reason."},
            "leftOut", new String[] {Catalogues.REASONS, "reason."},
            "coverage", new String[] {Catalogues.REASONS, "reason."},
            "rightsStart", new String[] {Catalogues.REASONS, "reason."},
            "rightsReason", new String[] {Catalogues.REASONS, "reason."},
            "warning", new String[] {Catalogues.WARNINGS, "warning."},
            "document", new String[] {Catalogues.DOCUMENTS, "document."},
            "orientation", new String[] {Catalogues.ORIENTATIONS, "orientation."});
    /** Message prefixes of each catalogue whose codes need a message. */
    private static final Map<String, String> PREFIX = Map.of(
            Catalogues.REASONS, "reason.", Catalogues.WARNINGS, "warning.", Catalogues.DOCUMENTS, "document.",
            Catalogues.ORIENTATIONS, "orientation.");
    /** Values the engine adds to every message of a code (not provided by the rule). */
    private static final Map<String, Set<String>> ENGINE_VALUES = engineValues();
    /** Catalogues whose codes a message may show as a value: each entry needs its name, {@code value.CODE}. */
    private static final List<String> NAMED = List.of(Catalogues.CARE_ACTS, Catalogues.STAY_DOCUMENTS, "residence-proofs", "territories");

    private static Map<String, Set<String>> engineValues() {
        Map<String, Set<String>> m = new java.util.TreeMap<>(Summaries.KEYS);
        m.put("warning." + DecisionAssembler.UNSETTLED_POINT_APPLIED, Set.of("option"));
        m.put("warning." + DecisionAssembler.TRANSLATION_NOT_REVIEWED, Set.of("language"));
        // every error code of an error line has its message (in the language of the decision)
        for (org.amerules.model.ErrorCode code : org.amerules.model.ErrorCode.values()) {
            m.put("error." + code.name(), Set.of("value"));
        }
        return m;
    }

    private final Map<String, byte[]> files;
    private final Release release;
    private final List<RuleProblem> problems = new ArrayList<>();
    /** Message key to the values rules provide for it (null entry when a rule's values are not literal). */
    private final Map<String, Set<String>> provided = new java.util.TreeMap<>();
    private final Map<String, int[]> providedAt = new java.util.HashMap<>();
    private final Map<String, String> providedIn = new java.util.HashMap<>();
    /** Parameters whose status some rule reads ({@code law.provisional}, {@code law.value}). */
    private final Set<String> statusRead = new TreeSet<>();

    private ReleaseChecker(Map<String, byte[]> files, Release release) {
        this.files = files;
        this.release = release;
    }

    static List<RuleProblem> check(Map<String, byte[]> files, Release release) {
        ReleaseChecker c = new ReleaseChecker(files, release);
        c.run();
        return c.problems;
    }

    private void run() {
        checkLists();
        for (var e : files.entrySet()) {
            if (e.getKey().endsWith(".drl")) {
                scanDrl(e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8));
            }
        }
        checkMessages();
        checkProvisionalWarned();
    }

    /**
     * A parameter with a provisional value is read by a rule that can tell (law.provisional or
     * law.value, whose status the rule reads): otherwise decisions that use the estimate would say
     * nothing of it (docs/rule-authoring.md, "Status").
     */
    private void checkProvisionalWarned() {
        for (Parameter p : release.parameters().all()) {
            if (statusRead.contains(p.name())) {
                continue;
            }
            for (ParameterValue v : p.values()) {
                if (v.status() == org.amerules.params.ParameterStatus.PROVISIONAL) {
                    problems.add(new RuleProblem(p.file(), Math.max(v.line(), 1), 1, "value from " + v.from()
                            + " is provisional, but no rule reads the status of \"" + p.name() + "\" (law.provisional(\""
                            + p.name() + "\", date) or law.value(...)): decisions using it would not say it is an estimate;"
                            + " add a rule that inserts the warning PROVISIONAL_PARAMETER (docs/rule-authoring.md, Status)"));
                    break;
                }
            }
        }
    }

    private void checkLists() {
        for (Parameter p : release.parameters().all()) {
            if (p.type() != ParameterType.LIST) {
                continue;
            }
            Catalogue c = release.catalogue(p.catalogue());
            if (c == null) {
                problems.add(new RuleProblem(p.file(), 1, 1, "catalogue: no catalogue \"" + p.catalogue()
                        + "\" (catalogues/" + p.catalogue() + ".yaml)"));
                continue;
            }
            for (ParameterValue v : p.values()) {
                for (Object code : (List<?>) v.value()) {
                    if (!c.has(code.toString())) {
                        problems.add(new RuleProblem(p.file(), Math.max(v.line(), 1), 1, "value from " + v.from() + ": \""
                                + code + "\" is not an entry of catalogues/" + p.catalogue() + ".yaml"));
                    }
                }
            }
        }
        for (Parameter p : release.parameters().all()) {
            if (p.type() != ParameterType.TABLE) {
                continue;
            }
            Object shape = shape(p.values().get(0).value());
            for (ParameterValue v : p.values()) {
                if (!shape.equals(shape(v.value()))) {
                    problems.add(new RuleProblem(p.file(), Math.max(v.line(), 1), 1, "value from " + v.from()
                            + ": the table's rows and columns differ from the first value's " + shape));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object shape(Object table) {
        Map<String, Set<String>> shape = new java.util.TreeMap<>();
        ((Map<String, Map<String, ?>>) table).forEach((k, v) -> shape.put(k, new TreeSet<>(v.keySet())));
        return shape;
    }

    private void scanDrl(String file, String text) {
        // rule blocks, with their extent; calls outside a rule (functions) are unguarded
        List<int[]> blocks = new ArrayList<>();
        Matcher rm = RULE.matcher(text);
        while (rm.find()) {
            Matcher em = END.matcher(text);
            int end = em.find(rm.end()) ? em.end() : text.length();
            blocks.add(new int[] {rm.start(), end});
        }
        Matcher m = CALL.matcher(text);
        while (m.find()) {
            String method = m.group(1);
            int open = m.end() - 1;
            int close = matching(text, open);
            if (close < 0) {
                continue;
            }
            String args = text.substring(open + 1, close);
            int[] block = null;
            for (int[] b : blocks) {
                if (m.start() >= b[0] && m.start() < b[1]) {
                    block = b;
                }
            }
            String scope = block == null ? "" : text.substring(block[0], block[1]);
            if (READERS.containsKey(method)) {
                checkRead(file, text, m.start(), method, args, scope);
            } else if (RESULTS.containsKey(method)) {
                checkResult(file, text, m.start(), method, args);
            } else if (method.equals("attribute") || method.equals("known")) {
                List<String> a = splitArgs(args);
                Matcher cm = STRING.matcher(a.isEmpty() ? "" : a.get(0));
                if (cm.matches() && release.catalogue(cm.group(1)) == null) {
                    problems.add(at(file, text, m.start(), "no catalogue \"" + cm.group(1) + "\" (catalogues/" + cm.group(1) + ".yaml)"));
                }
            } else if (!Set.of("firstDate", "daysBetween").contains(method)) {
                problems.add(at(file, text, m.start(), "law." + method + "(...) is not a method of the law API"
                        + " (see docs/rule-authoring.md)"));
            }
        }
    }

    private void checkRead(String file, String text, int pos, String method, String args, String scope) {
        String name = null;
        for (String arg : splitArgs(args)) {
            Matcher pm = PARAM_NAME.matcher(arg.trim());
            if (pm.matches()) {
                name = pm.group(1);
                break;
            }
        }
        if (name == null) {
            return;
        }
        if (method.equals("provisional") || method.equals("value")) {
            statusRead.add(name);
        }
        Parameter p = release.parameters().get(name);
        if (p == null) {
            problems.add(at(file, text, pos, "parameter \"" + name + "\" does not exist (no file parameters/"
                    + name.replace('.', '/') + ".yaml)"));
            return;
        }
        if (!READERS.get(method).contains(p.type())) {
            problems.add(at(file, text, pos, "law." + method + " reads a parameter of type " + String.join(" or ",
                    READERS.get(method).stream().map(ParameterType::label).sorted().toList()) + ", but parameter \"" + name
                    + "\" is of type " + p.type().label()));
        }
        boolean guarded = TOLERANT.contains(method)
                || scope.matches("(?s).*\\blaw\\s*\\.\\s*has\\s*\\(\\s*\"" + Pattern.quote(name) + "\".*");
        LocalDate first = release.firstDate();
        if (!guarded && p.firstDate().isAfter(first)) {
            problems.add(at(file, text, pos, "parameter \"" + name + "\" has no value before " + p.firstDate()
                    + " but this rule can fire from " + first + ": guard it with law.has(\"" + name + "\", date)"));
        }
    }

    private void checkResult(String file, String text, int pos, String method, String args) {
        String[] kind = RESULTS.get(method);
        List<String> a = splitArgs(args);
        String code = null;
        for (String arg : a) {
            Matcher cm = CODE.matcher(arg.trim());
            if (cm.matches()) {
                code = cm.group(1);
                break;
            }
        }
        if (code == null) {
            return; // the code is computed (e.g. $s.code()): checked when the rule runs
        }
        Catalogue c = release.catalogue(kind[0]);
        if (c == null || !c.has(code)) {
            problems.add(at(file, text, pos, "code \"" + code + "\" is not declared in catalogues/" + kind[0] + ".yaml"));
            return;
        }
        Set<String> keys = null;
        String variant = null;
        for (String arg : a) {
            String t = arg.trim();
            if (t.startsWith("Values.of")) {
                int open = t.indexOf('(');
                int close = matching(t, open);
                List<String> kv = close < 0 ? List.of() : splitArgs(t.substring(open + 1, close));
                keys = new LinkedHashSet<>();
                for (int i = 0; i + 1 < kv.size(); i += 2) {
                    Matcher km = STRING.matcher(kv.get(i).trim());
                    if (!km.matches()) {
                        keys = null;
                        break;
                    }
                    if (km.group(1).equals("variant")) {
                        Matcher vm = STRING.matcher(kv.get(i + 1).trim());
                        variant = vm.matches() ? vm.group(1) : null;
                    } else {
                        keys.add(km.group(1));
                    }
                }
            }
        }
        if (keys == null && (method.equals("leftOut") || method.equals("document") || method.equals("orientation")
                || a.size() == 2 && method.equals("finding"))) {
            keys = new LinkedHashSet<>();
        }
        String key = kind[1] + code + (variant == null ? "" : "." + variant);
        if (keys != null) {
            Set<String> all = provided.computeIfAbsent(key, k -> new LinkedHashSet<>());
            all.addAll(keys);
            int[] lc = lineColumn(text, pos);
            providedAt.putIfAbsent(key, lc);
            providedIn.putIfAbsent(key, file);
            checkPlaceholders(file, lc, key, keys, c.get(code), kind[0]);
        }
    }

    /** The message of every language uses exactly the values the rule provides (data-only values aside). */
    private void checkPlaceholders(String file, int[] lc, String key, Set<String> keys, CatalogueEntry entry, String catalogue) {
        Set<String> dataOnly = new HashSet<>(entry.list("dataValues"));
        Messages fr = release.messages("fr");
        String frTemplate = fr == null ? null : fr.entries().get(key);
        Set<String> usedInFrench = frTemplate == null ? Set.of() : Messages.placeholders(frTemplate);
        for (Messages msg : release.allMessages().values()) {
            String template = msg.entries().get(key);
            if (template == null) {
                problems.add(new RuleProblem(file, lc[0], lc[1], "no message " + key + " in " + msg.file()));
                continue;
            }
            Set<String> used = Messages.placeholders(template);
            for (String u : used) {
                if (!keys.contains(u)) {
                    problems.add(new RuleProblem(msg.file(), msg.line(key), 1, key + ": placeholder {" + u
                            + "} is not a value the rule provides (" + file + ":" + lc[0] + " gives "
                            + (keys.isEmpty() ? "none" : String.join(", ", keys)) + ")"));
                }
            }
            for (String k : keys) {
                // a translation that drops a value the French message shows: its own line says so
                // ("placeholders differ from the French"), the rule is not what is wrong
                if (!used.contains(k) && !dataOnly.contains(k) && (msg == fr || !usedInFrench.contains(k))) {
                    problems.add(new RuleProblem(file, lc[0], lc[1], "value \"" + k + "\" is not used by the message "
                            + key + " in " + msg.file() + " (use it, or list it under dataValues of " + entry.code() + " in catalogues/"
                            + catalogue + ".yaml)"));
                }
            }
        }
    }

    private void checkMessages() {
        for (Messages msg : release.allMessages().values()) {
            for (var e : msg.entries().entrySet()) {
                String problem = Messages.syntaxProblem(e.getValue());
                if (problem != null) {
                    problems.add(new RuleProblem(msg.file(), msg.line(e.getKey()), 1, e.getKey() + ": " + problem));
                }
            }
            checkMeta(msg);
        }
        for (String name : NAMED) {
            Catalogue c = release.catalogue(name);
            Messages frm = release.messages("fr");
            if (c == null || frm == null) {
                continue;
            }
            for (String code : c.codes()) {
                if (!frm.has("value." + code)) {
                    problems.add(new RuleProblem(c.file(), Math.max(c.get(code).line(), 1), 1, code + " has no name value."
                            + code + " in " + frm.file() + " (messages show it in words)"));
                }
            }
        }
        for (var e : ENGINE_VALUES.entrySet()) {
            Messages frm = release.messages("fr");
            boolean needed = e.getKey().startsWith("summary.") || e.getKey().startsWith("error.")
                    || e.getKey().endsWith(DecisionAssembler.TRANSLATION_NOT_REVIEWED) && release.allMessages().values().stream()
                            .anyMatch(x -> !x.reviewed());
            if (frm != null && needed && !frm.has(e.getKey())) {
                problems.add(new RuleProblem(frm.file(), 1, 1, "key " + e.getKey() + " is missing (the engine uses it)"));
            }
        }
        checkGlossaries();
        // every declared code has its message in every language
        for (var e : PREFIX.entrySet()) {
            Catalogue c = release.catalogue(e.getKey());
            if (c == null) {
                continue;
            }
            for (String code : c.codes()) {
                String key = e.getValue() + code;
                boolean anyVariant = provided.keySet().stream().anyMatch(k -> k.startsWith(key + "."));
                for (Messages msg : release.allMessages().values()) {
                    // a code a rule inserts was reported at the rule already (checkPlaceholders)
                    if (!msg.has(key) && !anyVariant && !provided.containsKey(key)) {
                        problems.add(new RuleProblem(c.file(), Math.max(c.get(code).line(), 1), 1,
                                code + " has no message " + key + " in " + msg.file()));
                    }
                }
            }
        }
        // every language has the same keys with the same placeholders as French
        Messages fr = release.messages("fr");
        if (fr == null) {
            return;
        }
        for (Messages msg : release.allMessages().values()) {
            if (msg == fr) {
                continue;
            }
            for (var e : fr.entries().entrySet()) {
                String t = msg.entries().get(e.getKey());
                if (t == null) {
                    problems.add(new RuleProblem(msg.file(), 1, 1, "key " + e.getKey() + " is missing (" + fr.file()
                            + ":" + fr.line(e.getKey()) + ")"));
                } else if (!Messages.placeholders(t).equals(Messages.placeholders(e.getValue()))) {
                    problems.add(new RuleProblem(msg.file(), msg.line(e.getKey()), 1, e.getKey() + ": placeholders "
                            + Messages.placeholders(t) + " differ from the French " + Messages.placeholders(e.getValue())));
                }
            }
            for (String k : msg.entries().keySet()) {
                if (!fr.has(k) && !k.equals("_meta.formatLocale")) {
                    problems.add(new RuleProblem(msg.file(), msg.line(k), 1, "key " + k + " is not in " + fr.file()));
                }
            }
        }
        for (Messages msg : release.allMessages().values()) {
            for (var e : msg.entries().entrySet()) {
                if (e.getKey().startsWith("error.") && !ENGINE_VALUES.containsKey(e.getKey())
                        && !Set.of("value").containsAll(Messages.placeholders(e.getValue()))) {
                    problems.add(new RuleProblem(msg.file(), msg.line(e.getKey()), 1, e.getKey() + ": an error message can only use {value}"));
                }
            }
        }
        for (var e : ENGINE_VALUES.entrySet()) {
            for (Messages msg : release.allMessages().values()) {
                String t = msg.entries().get(e.getKey());
                if (t != null && !e.getValue().containsAll(Messages.placeholders(t))) {
                    problems.add(new RuleProblem(msg.file(), msg.line(e.getKey()), 1, e.getKey() + ": only "
                            + e.getValue() + " can be used"));
                }
            }
        }
    }

    private void checkMeta(Messages msg) {
        for (String k : Messages.META) {
            if (!msg.has(k)) {
                problems.add(new RuleProblem(msg.file(), 1, 1, "key " + k + " is missing (language name, direction ltr|rtl,"
                        + " review authoritative|reviewed|unreviewed)"));
            }
        }
        String dir = msg.entries().get("_meta.direction");
        if (dir != null && !dir.equals("ltr") && !dir.equals("rtl")) {
            problems.add(new RuleProblem(msg.file(), msg.line("_meta.direction"), 1, "_meta.direction must be ltr or rtl, not " + dir));
        }
        String formatLocale = msg.entries().get("_meta.formatLocale");
        if (formatLocale != null && !java.util.Arrays.asList(com.ibm.icu.util.ULocale.getAvailableLocales())
                .contains(com.ibm.icu.util.ULocale.forLanguageTag(formatLocale))) {
            problems.add(new RuleProblem(msg.file(), msg.line("_meta.formatLocale"), 1, "_meta.formatLocale: " + formatLocale
                    + " is not a locale with CLDR data (e.g. fa-AF, en-GB, pt-PT)"));
        }
        String review = msg.entries().get("_meta.review");
        if (review != null) {
            boolean fr = msg.tag().equals("fr");
            if (!Set.of(Messages.AUTHORITATIVE, Messages.REVIEWED, Messages.UNREVIEWED).contains(review.trim())) {
                problems.add(new RuleProblem(msg.file(), msg.line("_meta.review"), 1,
                        "_meta.review must be authoritative (French), reviewed or unreviewed, not " + review));
            } else if (fr != review.trim().equals(Messages.AUTHORITATIVE)) {
                problems.add(new RuleProblem(msg.file(), msg.line("_meta.review"), 1, fr
                        ? "the French text is the authoritative one: _meta.review=authoritative"
                        : "only the French text is authoritative: a translation is reviewed or unreviewed"));
            }
        }
    }

    /**
     * Every language has a glossary with the French glossary's terms, each glossed; and a message
     * whose French text uses a term uses it too (the term stays in French in every language).
     */
    private void checkGlossaries() {
        Messages fr = release.messages("fr");
        if (fr == null) {
            return;
        }
        Set<String> terms = fr.glossary().keySet();
        for (Messages msg : release.allMessages().values()) {
            String file = Release.GLOSSARY_FOLDER + msg.tag() + ".yaml";
            if (!terms.isEmpty() && msg.glossary().isEmpty()) {
                problems.add(new RuleProblem(file, 0, 0, "no glossary for " + msg.file() + " (the terms of "
                        + Release.GLOSSARY_FOLDER + "fr.yaml: " + String.join(", ", terms) + ")"));
                continue;
            }
            for (String t : terms) {
                String gloss = msg.glossary().get(t);
                if (gloss == null || gloss.isBlank()) {
                    problems.add(new RuleProblem(file, 1, 1, "term " + t + " has no gloss"));
                }
            }
            for (String t : msg.glossary().keySet()) {
                if (!terms.contains(t)) {
                    problems.add(new RuleProblem(file, 1, 1, "term " + t + " is not in " + Release.GLOSSARY_FOLDER + "fr.yaml"));
                }
            }
            if (msg == fr) {
                continue;
            }
            for (String t : terms) {
                Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t) + "(?![\\p{L}\\p{N}])");
                for (var e : fr.entries().entrySet()) {
                    String translated = msg.entries().get(e.getKey());
                    if (translated != null && word.matcher(e.getValue()).find() && !word.matcher(translated).find()) {
                        problems.add(new RuleProblem(msg.file(), msg.line(e.getKey()), 1, e.getKey() + ": the French text says "
                                + t + ", this one does not (French administrative terms stay in French, see " + file + ")"));
                    }
                }
            }
        }
    }

    /**
     * By catalogue, the attributes the DRL reads with {@code law.attribute("catalogue", code,
     * "name")} (both names literal): the catalogue files may give their entries these attributes.
     */
    static Map<String, Set<String>> attributesRead(Map<String, byte[]> files) {
        Map<String, Set<String>> read = new java.util.TreeMap<>();
        for (var e : files.entrySet()) {
            if (!e.getKey().endsWith(".drl")) {
                continue;
            }
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            Matcher m = CALL.matcher(text);
            while (m.find()) {
                int close = m.group(1).equals("attribute") ? matching(text, m.end() - 1) : -1;
                if (close < 0) {
                    continue;
                }
                List<String> a = splitArgs(text.substring(m.end(), close));
                Matcher catalogue = STRING.matcher(a.isEmpty() ? "" : a.get(0).trim());
                Matcher attribute = STRING.matcher(a.size() < 3 ? "" : a.get(2).trim());
                if (a.size() == 3 && catalogue.matches() && attribute.matches()) {
                    read.computeIfAbsent(catalogue.group(1), k -> new TreeSet<>()).add(attribute.group(1));
                }
            }
        }
        return read;
    }

    private static RuleProblem at(String file, String text, int pos, String message) {
        int[] lc = lineColumn(text, pos);
        return new RuleProblem(file, lc[0], lc[1], message);
    }

    private static int[] lineColumn(String text, int pos) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < pos; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping strings; -1 when none. */
    private static int matching(String s, int open) {
        int depth = 0;
        boolean str = false;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (str) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    str = false;
                }
            } else if (ch == '"') {
                str = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Top-level comma-separated arguments. */
    private static List<String> splitArgs(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean str = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (str) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    str = false;
                }
            } else if (ch == '"') {
                str = true;
            } else if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (start < s.length() && !s.substring(start).isBlank()) {
            out.add(s.substring(start));
        }
        return out;
    }
}
