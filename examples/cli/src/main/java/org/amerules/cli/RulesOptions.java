package org.amerules.cli;

import java.nio.file.Path;
import org.amerules.engine.AmeEngine;
import org.amerules.json.OptionsReader;
import picocli.CommandLine.Option;

/** The options that choose the rules and the engine options, shared by the commands that decide. */
final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (DRL + parameters) or rules jar instead of the released rules. Rules are code: use only rules you trust.")
    Path rules;

    @Option(names = "--options", paramLabel = "FILE", description = "JSON file of engine options (configurable conventions).")
    Path options;

    @Option(names = "--case-timeout", paramLabel = "DURATION",
            description = "Time limit on one case, 1 ms to 1 hour, e.g. 10s (the default), 500ms, 2m, 1h or PT10S: past it the case gets a CASE_TIMEOUT error line.")
    String caseTimeout;

    AmeEngine engine() {
        AmeEngine engine = Engines.engine(rules, options);
        if (caseTimeout != null) {
            java.time.Duration d;
            try {
                d = OptionsReader.duration("--case-timeout", caseTimeout);
            } catch (IllegalArgumentException e) {
                throw new Engines.UsageFailure(e.getMessage());
            }
            engine = engine.withOptions(engine.options().withCaseTimeout(d));
        }
        return engine;
    }
}
