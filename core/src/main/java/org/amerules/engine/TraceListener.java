package org.amerules.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records the rules fired in one session, in firing order. One per decision; the entries are the
 * rule set's one instance per rule (no metadata look-up or allocation per firing).
 */
final class TraceListener extends DefaultAgendaEventListener {
    private final RuleSet rules;
    private final List<RuleSet.Fired> entries = new ArrayList<>(64);

    TraceListener(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        entries.add(rules.fired(event.getMatch().getRule()));
    }

    /** The entries in firing order. */
    List<RuleSet.Fired> entries() {
        return entries;
    }
}
