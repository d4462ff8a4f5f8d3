package org.amerules.decision;

/** A member not counted in the household, with the reason. */
public record LeftOutMember(String memberId, ReasonCode code) {
}
