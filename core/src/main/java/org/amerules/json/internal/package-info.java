/**
 * <b>Internal, not a stable API.</b> The case format as Jackson trees and batches, for the tools of
 * this project (the {@code ame} command, the decision service, the scenario runner, the tests):
 * {@link org.amerules.json.internal.JsonTrees} reads and writes trees, {@link
 * org.amerules.json.internal.CaseInputs} streams the cases of files, JSON Lines and arrays in
 * constant memory. It may change in any release; applications use {@code org.amerules.json}.
 */
@NullMarked
package org.amerules.json.internal;

import org.jspecify.annotations.NullMarked;
