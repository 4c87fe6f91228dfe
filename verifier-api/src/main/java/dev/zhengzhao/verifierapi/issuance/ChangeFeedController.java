package dev.zhengzhao.verifierapi.issuance;

import dev.zhengzhao.core.port.ChangeFeed;
import dev.zhengzhao.verifierapi.access.Caller;
import dev.zhengzhao.verifierapi.access.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/changes?after=<cursor>&limit=<n>}: the ordered change feed for incremental sync. */
@RestController
public class ChangeFeedController {
    private final ChangeFeed feed;

    public ChangeFeedController(ChangeFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/api/v1/changes")
    ChangeFeed.Page changes(
            @RequestParam(defaultValue = "") String after,
            @RequestParam(defaultValue = "100") int limit,
            Caller caller) {
        caller.require(Role.ISSUER, Role.HALL, Role.OPERATOR);
        return feed.changes(after, limit);
    }
}
