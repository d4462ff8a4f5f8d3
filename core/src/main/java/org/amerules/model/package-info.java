/**
 * <b>API.</b> The case as the case format defines it ({@link org.amerules.model.AmeCase}, its
 * members, stay documents, residence proofs, resources and care requests), built in Java with
 * {@link org.amerules.model.CaseBuilder} and checked by {@link org.amerules.model.CaseValidator};
 * the engine's {@link org.amerules.model.Options}; the error codes and {@link
 * org.amerules.model.AmeRulesException}, the base of every exception of the library.
 */
@NullMarked
package org.amerules.model;

import org.jspecify.annotations.NullMarked;
