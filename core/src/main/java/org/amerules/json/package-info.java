/**
 * <b>API.</b> The case format as JSON text, with no Jackson type in any signature: {@link
 * org.amerules.json.CaseReader} reads a case from a string, a {@code Reader} or an {@code
 * InputStream}; {@link org.amerules.json.DecisionWriter} writes a decision to a string, a {@code
 * Writer} or an {@code OutputStream}, and an error line to a string; {@link org.amerules.json.OptionsReader}
 * reads options; {@link org.amerules.json.Limits} states the limits of the format. The JSON trees
 * the project's tools work on are in {@code org.amerules.json.internal}.
 */
@NullMarked
package org.amerules.json;

import org.jspecify.annotations.NullMarked;
