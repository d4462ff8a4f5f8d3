/**
 * <b>Internal, for the rules: not a stable API for applications.</b> Facts exchanged with the
 * knowledge base: what the engine inserts from a case ({@link org.amerules.facts.Filing}, {@link
 * org.amerules.facts.Person}, {@link org.amerules.facts.Care}, the parameter row in force) and what
 * the rules insert as results ({@link org.amerules.facts.Finding}, {@link
 * org.amerules.facts.LeftOut}…). Rules never set free text: explanations are built afterwards from
 * codes and values. Public because the rules see them. The engine's options, also a fact the rules
 * match, are {@link org.amerules.model.Options}.
 */
@NullMarked
package org.amerules.facts;

import org.jspecify.annotations.NullMarked;
