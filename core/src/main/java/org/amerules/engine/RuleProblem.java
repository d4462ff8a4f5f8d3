package org.amerules.engine;

/** A problem in a rules folder: file path (relative to the folder), line and column (1-based, 0 when unknown), message. */
public record RuleProblem(String path, int line, int column, String message) {
    @Override
    public String toString() {
        return path + ":" + line + ":" + column + ": " + message;
    }
}
