package org.amerules.engine;

import java.util.ArrayList;
import java.util.List;
import org.amerules.decision.TraceEntry;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.definition.rule.Rule;

/** Records the rules fired in one session, in order, with their metadata. One per decision. */
final class TraceListener extends DefaultAgendaEventListener {
    private final List<TraceEntry> entries = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        Object basis = rule.getMetaData().get("legalBasis");
        Object unsettled = rule.getMetaData().get("unsettled");
        entries.add(new TraceEntry(rule.getName(), basis == null ? null : basis.toString(),
                unsettled == null ? null : unsettled.toString()));
    }

    List<TraceEntry> entries() {
        return entries;
    }
}
