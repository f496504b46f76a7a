package org.groundwork.visit.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies businesses' changes to the {@code visit_tally} cells by relative updates, in key order: two writers that
 * share cells take their row locks in the same order and so wait for each other instead of deadlocking. A cell
 * whose last business leaves it is deleted, so the cells are exactly what a rebuild would write.
 */
@Component
@RequiredArgsConstructor
class TallyCells {

    private static final Logger log = LoggerFactory.getLogger(TallyCells.class);
    private static final String KEY = "period_kind = ? AND period_index = ? AND sector = ? AND tier = ? AND "
            + "key_company = ? AND owner_id = ? AND archived = ? AND active = ?";

    private final JdbcClient jdbc;

    void apply(SortedMap<Cell, CellDelta> deltas) {
        deltas.forEach((cell, delta) -> {
            if (!delta.isNone()) {
                apply(cell, delta);
            }
        });
    }

    private void apply(Cell cell, CellDelta delta) {
        if (update(cell, delta) > 0) {
            if (delta.contacted < 0) {
                jdbc.sql("DELETE FROM visit_tally WHERE " + KEY + " AND businesses_contacted = 0")
                        .params(key(cell)).update();
            }
            return;
        }
        if (delta.contacted <= 0) {
            log.warn("The visit tally has no cell {} to take a business from: it is out of step with the visits; "
                    + "rebuild it (VisitTally.rebuild)", cell);
            return;
        }
        try {
            List<Object> values = new ArrayList<>(key(cell));
            values.addAll(measures(delta));
            jdbc.sql("INSERT INTO visit_tally (period_kind, period_index, sector, tier, key_company, owner_id, "
                    + "archived, active, contacts, visits, hours, rated_1, rated_2, rated_3, rated_4, rated_5, "
                    + "businesses_contacted, businesses_visited) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?)").params(values).update();
        } catch (DuplicateKeyException insertedMeanwhile) {
            // Another transaction created the cell since our update found none: add to its row instead.
            update(cell, delta);
        }
    }

    private int update(Cell cell, CellDelta delta) {
        List<Object> values = new ArrayList<>(measures(delta));
        values.addAll(key(cell));
        return jdbc.sql("UPDATE visit_tally SET contacts = contacts + ?, visits = visits + ?, hours = hours + ?, "
                + "rated_1 = rated_1 + ?, rated_2 = rated_2 + ?, rated_3 = rated_3 + ?, rated_4 = rated_4 + ?, "
                + "rated_5 = rated_5 + ?, businesses_contacted = businesses_contacted + ?, businesses_visited = "
                + "businesses_visited + ? WHERE " + KEY).params(values).update();
    }

    private static List<Object> measures(CellDelta delta) {
        Counts c = delta.counts;
        return List.of(c.contacts, c.visits, c.hours, c.rated[0], c.rated[1], c.rated[2], c.rated[3], c.rated[4],
                delta.contacted, delta.visited);
    }

    static List<Object> key(Cell cell) {
        Dimensions d = cell.dimensions();
        return List.of(String.valueOf(cell.period().kind()), cell.period().index(), d.sector(), d.tier(),
                d.keyCompany(), d.ownerId(), d.archived(), d.active());
    }
}
