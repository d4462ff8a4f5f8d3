package org.amerules.params;

/**
 * A problem found in a parameter file: the file, the JSON pointer of the faulty value, its line and
 * column (1-based; 0 when unknown) and a message.
 *
 * @param file the name of the parameter file
 * @param pointer the JSON pointer of the faulty value; empty for the whole file
 * @param line the line of the value, 1-based; 0 when unknown
 * @param column the column of the value, 1-based; 0 when unknown
 * @param message what is wrong
 */
public record ParameterProblem(String file, String pointer, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + message;
    }
}
