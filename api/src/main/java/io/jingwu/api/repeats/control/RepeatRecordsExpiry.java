package io.jingwu.api.repeats.control;

import io.jingwu.api.platform.housekeeping.BatchDelete;
import io.jingwu.api.platform.housekeeping.KeptForAWhile;
import io.jingwu.api.repeats.entity.RepeatKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * A request's fingerprints and its text's blocks serve only to link the requests that come after it within each
 * kind's window; past it they find nothing and only grow the tables (and a phone's fingerprint is derived from
 * personal data). The links already found stay in {@code request_links}. A window made longer later reaches back
 * only as far as what was kept: the housekeeping's retention (a day by default) beyond the window.
 */
@ApplicationScoped
public class RepeatRecordsExpiry implements KeptForAWhile {

    @Inject
    RepeatSettings settings;

    @Override
    public List<Purge> purges() {
        List<Purge> purges = new ArrayList<>();
        for (RepeatKind kind : RepeatKind.values()) {
            purges.add(new Purge("request_fingerprints " + kind, "DELETE FROM request_fingerprints WHERE kind = '"
                    + kind.name() + "' AND created_at < ?1 ORDER BY created_at LIMIT " + BatchDelete.SIZE,
                    settings.window(kind)));
        }
        purges.add(new Purge("similar_text_blocks", "DELETE FROM similar_text_blocks WHERE created_at < ?1"
                + " ORDER BY created_at LIMIT " + BatchDelete.SIZE, settings.window(RepeatKind.SIMILAR_TEXT)));
        return purges;
    }
}
