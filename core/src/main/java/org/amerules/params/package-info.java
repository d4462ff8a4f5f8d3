/**
 * <b>For the rules, not a stable API for applications.</b> The dated parameters of a rules release
 * (one YAML file each under {@code parameters/}), read by the rules through {@link
 * org.amerules.engine.Law}; the exceptions {@link org.amerules.params.ParameterException} and
 * {@link org.amerules.params.DateOutOfRangeException} are part of the library's hierarchy.
 */
@NullMarked
package org.amerules.params;

import org.jspecify.annotations.NullMarked;
