package org.amerules.params;

/**
 * A problem found in a parameter file: the file, the JSON pointer of the faulty value, its line and
 * column (1-based; 0 when unknown) and a message.
 */
public record ParameterProblem(String file, String pointer, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + message;
    }
}
