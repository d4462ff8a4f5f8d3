/**
 * <b>API.</b> The engine an application builds once and shares: {@link
 * org.amerules.engine.AmeEngine} (decide one case or many, reload the rules), the {@link
 * org.amerules.engine.RuleSet} it runs, the messages of a language, the text summary, and {@link
 * org.amerules.engine.Law}, what the rules read of their release (the DRL global {@code law}).
 * {@code Release} and {@code OrderedParallel} are public for the tools of this project.
 */
@NullMarked
package org.amerules.engine;

import org.jspecify.annotations.NullMarked;
