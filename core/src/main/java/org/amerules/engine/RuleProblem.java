package org.amerules.engine;

/**
 * A problem in a rules folder: file path (relative to the folder), line and column (1-based, 0 when unknown), message.
 *
 * @param path the file path, relative to the rules folder
 * @param line the line, 1-based; 0 when unknown
 * @param column the column, 1-based; 0 when unknown
 * @param message what is wrong
 */
public record RuleProblem(String path, int line, int column, String message) {
    @Override
    public String toString() {
        return path + ":" + line + ":" + column + ": " + message;
    }
}
