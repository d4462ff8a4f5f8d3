package org.amerules.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message keys of codes ({@code reason.} + code, …), built once: a decision looks up a few
 * dozen messages, and a key made again each time is hashed again each time.
 */
final class MessageKeys {
    /** The most keys kept: the codes of a release are a few hundred. */
    private static final int MAX = 10_000;
    private static final Map<String, Map<String, String>> KEYS = new ConcurrentHashMap<>();

    private MessageKeys() {
    }

    /**
     * The key of a code's message.
     *
     * @param prefix e.g. {@code reason.}
     * @param code e.g. {@code ALL_CRITERIA_MET}
     * @return {@code prefix + code}, the same instance each time
     */
    static String key(String prefix, String code) {
        Map<String, String> byCode = KEYS.computeIfAbsent(prefix, k -> new ConcurrentHashMap<>());
        String key = byCode.get(code);
        if (key == null) {
            key = prefix + code;
            if (byCode.size() < MAX) {
                byCode.putIfAbsent(code, key);
            }
        }
        return key;
    }
}
