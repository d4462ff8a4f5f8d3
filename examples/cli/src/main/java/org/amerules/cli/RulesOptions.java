package org.amerules.cli;

import java.nio.file.Path;
import org.amerules.engine.AmeEngine;
import picocli.CommandLine.Option;

/** The options that choose the rules and the engine options, shared by the commands that decide. */
final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (DRL + parameters) or rules jar instead of the released rules.")
    Path rules;

    @Option(names = "--options", paramLabel = "FILE", description = "JSON file of engine options (configurable conventions).")
    Path options;

    AmeEngine engine() {
        return Engines.engine(rules, options);
    }
}
