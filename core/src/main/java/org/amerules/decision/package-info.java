/**
 * <b>API.</b> A decision and its parts: the status and reasons of each member, the household and
 * its ceiling, the rights period, the coverage of each care request, the orientation, the documents
 * to bring, the warnings and the trace of the rules fired. Immutable records, built by the engine.
 */
@NullMarked
package org.amerules.decision;

import org.jspecify.annotations.NullMarked;
