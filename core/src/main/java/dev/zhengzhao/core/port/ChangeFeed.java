package dev.zhengzhao.core.port;

import dev.zhengzhao.core.status.StatusEvent;
import java.util.List;

/**
 * The ordered feed of every licence event, for incremental sync by city and county systems and
 * halls. A cursor is opaque; the empty cursor starts from the beginning. The feed never skips an
 * event that commits later with an earlier position (see docs/scaling.md).
 */
public interface ChangeFeed {
    Page changes(String afterCursor, int limit);

    /** One page of the feed; {@code next} is the cursor to ask with next time. */
    record Page(List<Change> changes, String next) {
        public Page {
            changes = List.copyOf(changes);
        }
    }

    /** One event and its cursor position. */
    record Change(String cursor, StatusEvent event) {}
}
