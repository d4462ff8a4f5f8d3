package org.amerules.model;

/**
 * The base of every exception of ame-rules: an application can catch this one type for anything
 * the library refuses or cannot do with the case or the rules it is given. It is unchecked, and
 * abstract: what is thrown is always one of its subclasses.
 *
 * <table>
 *   <caption>Which method throws which subclass</caption>
 *   <tr><th>subclass</th><th>thrown by</th><th>meaning</th></tr>
 *   <tr><td>{@link InvalidCaseException}</td>
 *       <td>{@code CaseReader.read}, {@code CaseBuilder.build}, the records' constructors,
 *       {@link CaseValidator#validate(AmeCase)}, {@code AmeEngine.decide} (and the outcomes of
 *       {@code decideAll})</td>
 *       <td>the case breaks the case format, or cannot be decided (a rule failed, the firing cap or
 *       the time limit was reached); {@link InvalidCaseException#code()} says which</td></tr>
 *   <tr><td>{@link org.amerules.engine.RulesBuildException}</td>
 *       <td>{@code AmeEngine.fromClasspath}, {@code AmeEngine.fromFolder}, {@code RuleSet.from*}
 *       ({@code AmeEngine.reload} reports the problems instead of throwing)</td>
 *       <td>the rules or the parameter files do not build; every problem listed</td></tr>
 *   <tr><td>{@link org.amerules.params.ParameterException}</td>
 *       <td>{@code ParameterStore.parse} and {@code Catalogues.parse} (the engine's loading of a
 *       release turns them into a {@code RulesBuildException})</td>
 *       <td>the parameter files cannot be used; every problem listed</td></tr>
 *   <tr><td>{@link org.amerules.params.DateOutOfRangeException}</td>
 *       <td>the dated look-ups of {@code Law} and {@code ParameterStore.at}, from a rule (the engine
 *       then refuses the case with an {@link InvalidCaseException}, {@code RULES_FAILED})</td>
 *       <td>a parameter was asked for a date before its first value</td></tr>
 * </table>
 *
 * <p>Mistakes of the calling program are the JDK's usual exceptions, not subclasses of this one:
 * {@link NullPointerException} for a null where none is allowed, {@link IllegalArgumentException}
 * for an argument out of range (a language the release does not ship, a thread count, an option
 * value), {@link java.io.UncheckedIOException} when a folder or a jar cannot be read. Messages never
 * hold a whole record of a case; an {@link InvalidCaseException} quotes at most 40 characters of the
 * faulty field's value.
 */
public abstract class AmeRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with its message.
     *
     * @param message what went wrong, without personal values beyond the faulty field's short quote
     */
    protected AmeRulesException(String message) {
        super(message);
    }

    /**
     * An exception with its message and cause.
     *
     * @param message what went wrong
     * @param cause the exception that caused it
     */
    protected AmeRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
