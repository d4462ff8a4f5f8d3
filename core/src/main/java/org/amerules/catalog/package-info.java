/**
 * <b>For the rules, not a stable API for applications.</b> The catalogues of a rules release
 * (reason and warning codes, checklist items, orientations, care acts, stay documents, territories),
 * read by the engine and the rules through {@link org.amerules.engine.Law}.
 */
@NullMarked
package org.amerules.catalog;

import org.jspecify.annotations.NullMarked;
