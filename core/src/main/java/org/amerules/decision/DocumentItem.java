package org.amerules.decision;

/** One line of the filing checklist; {@code memberId} is null for the whole case. */
public record DocumentItem(String code, String memberId, String message) {
}
