package dev.zhengzhao.crosscert.path;

/**
 * How much work one path search may do, so an absurd candidate pool is answered in bounded time.
 *
 * @param maxDepth most certificates in a path, leaf and anchor included
 * @param maxCandidates most issuer candidates looked at in one search
 * @param maxPaths most complete paths handed to validation
 */
public record BuildLimits(int maxDepth, int maxCandidates, int maxPaths) {
    public static final BuildLimits DEFAULT = new BuildLimits(8, 2_000, 8);

    public BuildLimits {
        if (maxDepth < 2 || maxCandidates < 1 || maxPaths < 1) {
            throw new IllegalArgumentException("limits must allow at least one two-certificate path");
        }
    }
}
