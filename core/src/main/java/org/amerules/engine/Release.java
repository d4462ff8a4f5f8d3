package org.amerules.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.amerules.catalog.Catalogue;
import org.amerules.catalog.Catalogues;
import org.amerules.params.ParameterException;
import org.amerules.params.ParameterProblem;
import org.amerules.params.ParameterStore;
import org.amerules.params.YamlDoc;
import org.jspecify.annotations.Nullable;

/**
 * What a rules release holds besides the DRL: its descriptor ({@code release.yaml}), the dated
 * parameters, the catalogues and the messages of every language it ships. Immutable, thread-safe.
 */
public final class Release {
    /** The folder of the glossaries, one per language: {@code messages/glossary/LANG.yaml}. */
    public static final String GLOSSARY_FOLDER = "messages/glossary/";
    private final LocalDate firstDate;
    private final ParameterStore parameters;
    private final Catalogues catalogues;
    private final Map<String, Messages> messages;
    private final Law law;

    private Release(LocalDate firstDate, ParameterStore parameters, Catalogues catalogues, Map<String, Messages> messages) {
        this.firstDate = firstDate;
        this.parameters = parameters;
        this.catalogues = catalogues;
        this.messages = Collections.unmodifiableMap(messages);
        this.law = new Law(parameters, catalogues, firstDate);
    }

    /** Reads the release; every problem found goes to {@code problems} (null release when any). */
    static Release read(Map<String, byte[]> files, List<RuleProblem> problems) {
        List<ParameterProblem> pp = new ArrayList<>();
        for (String bad : ReleaseFiles.notUtf8(files)) {
            problems.add(new RuleProblem(bad, 0, 0, "not valid UTF-8"));
        }
        LocalDate first = null;
        String descriptor = ReleaseFiles.text(files, ReleaseFiles.DESCRIPTOR);
        if (descriptor == null) {
            problems.add(new RuleProblem(ReleaseFiles.DESCRIPTOR, 0, 0, "release descriptor missing (name, firstDate)"));
        } else {
            YamlDoc doc = YamlDoc.parse(ReleaseFiles.DESCRIPTOR, descriptor, pp);
            if (doc.root() != null) {
                JsonNode n = doc.root().get("firstDate");
                try {
                    first = LocalDate.parse(n == null ? "" : n.asText());
                } catch (DateTimeParseException e) {
                    pp.add(doc.problem("/firstDate", "firstDate must be a date (yyyy-MM-dd): the first filing date decided"));
                }
            }
        }
        ParameterStore parameters = null;
        Catalogues catalogues = null;
        try {
            parameters = ParameterStore.parse(ReleaseFiles.texts(files, ParameterStore.FOLDER));
        } catch (ParameterException e) {
            pp.addAll(e.problems());
        }
        try {
            // an entry may have the attributes a rule reads (law.attribute), besides the known ones
            catalogues = Catalogues.parse(ReleaseFiles.texts(files, Catalogues.FOLDER), ReleaseChecker.attributesRead(files));
        } catch (ParameterException e) {
            pp.addAll(e.problems());
        }
        for (ParameterProblem p : pp) {
            problems.add(new RuleProblem(p.file(), p.line(), p.column(),
                    (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message()));
        }
        Map<String, Messages> messages = new TreeMap<>();
        for (var e : ReleaseFiles.texts(files, Messages.FOLDER).entrySet()) {
            if (!e.getKey().endsWith(".properties") || e.getKey().substring(Messages.FOLDER.length()).contains("/")) {
                continue;
            }
            try {
                // a key written twice is a problem at each repetition: the release does not load
                Messages m = Messages.parse(e.getKey(), e.getValue(), problems);
                messages.put(m.locale().toLanguageTag(), m);
            } catch (IllegalArgumentException ex) {
                problems.add(new RuleProblem(e.getKey(), 1, 1, String.valueOf(ex.getMessage())));
            }
        }
        glossaries(files, messages, problems);
        if (messages.isEmpty()) {
            problems.add(new RuleProblem(Messages.FOLDER, 0, 0, "no message file (messages/fr.properties, ...)"));
        } else if (!messages.containsKey("fr")) {
            problems.add(new RuleProblem(Messages.FOLDER + "fr.properties", 0, 0, "the French messages (the authoritative text) are missing"));
        }
        if (!problems.isEmpty() || parameters == null || catalogues == null || first == null) {
            if (problems.isEmpty()) {
                problems.add(new RuleProblem(ReleaseFiles.DESCRIPTOR, 0, 0, "the release could not be read"));
            }
            return null;
        }
        return new Release(first, parameters, catalogues, messages);
    }

    /** Reads {@code messages/glossary/LANG.yaml}: its {@code terms} go to the messages of LANG. */
    private static void glossaries(Map<String, byte[]> files, Map<String, Messages> messages, List<RuleProblem> problems) {
        for (var e : ReleaseFiles.texts(files, GLOSSARY_FOLDER).entrySet()) {
            String file = e.getKey();
            String tag = file.substring(GLOSSARY_FOLDER.length(), file.lastIndexOf('.'));
            List<ParameterProblem> pp = new ArrayList<>();
            YamlDoc doc = YamlDoc.parse(file, e.getValue(), pp);
            Messages m = messages.get(tag);
            if (m == null && pp.isEmpty()) {
                problems.add(new RuleProblem(file, 1, 1, "a glossary for \"" + tag + "\" but no messages/" + tag + ".properties"));
            }
            JsonNode terms = doc.root() == null ? null : doc.root().get("terms");
            if (pp.isEmpty() && (terms == null || !terms.isObject())) {
                pp.add(doc.problem("", "a glossary has terms: { TERM: { gloss: \"…\" }, … }"));
            }
            for (ParameterProblem p : pp) {
                problems.add(new RuleProblem(p.file(), p.line(), p.column(),
                        (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message()));
            }
            if (m != null && pp.isEmpty()) {
                Map<String, String> glosses = new java.util.LinkedHashMap<>();
                terms.fields().forEachRemaining(t -> glosses.put(t.getKey(), t.getValue().isObject()
                        ? t.getValue().path("gloss").asText("") : t.getValue().asText("")));
                m.glossary(glosses);
            }
        }
    }

    /**
     * The first filing date the release decides.
     *
     * @return the descriptor's {@code firstDate}
     */
    public LocalDate firstDate() {
        return firstDate;
    }

    /**
     * The dated parameters.
     *
     * @return the parameter store
     */
    public ParameterStore parameters() {
        return parameters;
    }

    /**
     * The catalogues.
     *
     * @return the catalogues
     */
    public Catalogues catalogues() {
        return catalogues;
    }

    /**
     * A catalogue by name.
     *
     * @param name e.g. {@code care-acts}
     * @return the catalogue, or null
     */
    public @Nullable Catalogue catalogue(String name) {
        return catalogues.get(name);
    }

    /**
     * The languages the release ships messages in.
     *
     * @return BCP 47 tags, sorted
     */
    public List<String> languages() {
        return List.copyOf(messages.keySet());
    }

    /**
     * The messages of a language.
     *
     * @param tag a BCP 47 tag, e.g. {@code fr}
     * @return the messages, or null when the release does not ship that language
     */
    public @Nullable Messages messages(String tag) {
        return messages.get(tag);
    }

    /**
     * The messages for a locale: its language when shipped, French otherwise.
     *
     * @param locale the requested language, or null for French
     * @return the messages
     */
    public Messages messagesFor(@Nullable Locale locale) {
        if (locale != null) {
            Messages m = messages.get(locale.toLanguageTag());
            if (m == null) {
                m = messages.get(locale.getLanguage());
            }
            if (m != null) {
                return m;
            }
        }
        return messages.get("fr");
    }

    /**
     * The messages of a language the release ships, strictly.
     *
     * @param locale the requested language (its language tag, then its language); null for French
     * @return the messages
     * @throws IllegalArgumentException when the release ships no messages in that language; the
     *     message lists the languages it ships
     */
    public Messages language(@Nullable Locale locale) {
        if (locale == null) {
            return messages.get("fr");
        }
        Messages m = messages.get(locale.toLanguageTag());
        if (m == null) {
            m = messages.get(locale.getLanguage());
        }
        if (m == null) {
            throw new IllegalArgumentException("no messages in \"" + locale.toLanguageTag() + "\": the languages are "
                    + String.join(", ", languages()));
        }
        return m;
    }

    Map<String, Messages> allMessages() {
        return messages;
    }

    /**
     * The rules' view of the release (the DRL global {@code law}).
     *
     * @return the law
     */
    public Law law() {
        return law;
    }
}
