/**
 * An application embedding ame-rules as a named module. The library's jars are automatic modules
 * ({@code Automatic-Module-Name} {@code org.amerules.core} and {@code org.amerules.rules}); Drools,
 * Jackson and the other dependencies may stay on the class path, which automatic modules read.
 */
module org.example.caseapp {
    requires org.amerules.core;
    // the rules release (the kjar): no class of it is used, it is read as resources by the engine
    requires org.amerules.rules;
}
