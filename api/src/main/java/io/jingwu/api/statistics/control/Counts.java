package io.jingwu.api.statistics.control;

/**
 * What the database counted over a set of requests; every figure is a ratio of two of these.
 *
 * @param requests       how many
 * @param backflowed     transferred at least once after routing (回流)
 * @param doubleNon      of the {@linkplain Diversion#DOUBLE_NON 双非} types
 * @param acceptDecided  accepted, or past their accept deadline
 * @param acceptMet      accepted and never past their accept deadline
 * @param resolveDecided resolved, or past their resolve deadline
 * @param resolveMet     resolved and never past their resolve deadline
 * @param accepted       with an accept time (the base of the median time to accept)
 * @param resolved       with a resolve time (the base of the median time to resolve)
 * @param rated          with a return visit's rating
 * @param satisfied      rated 4 or 5
 * @param ratingSum      the ratings added up
 */
public record Counts(long requests, long backflowed, long doubleNon, long acceptDecided, long acceptMet,
                     long resolveDecided, long resolveMet, long accepted, long resolved, long rated, long satisfied,
                     long ratingSum) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(requests + other.requests, backflowed + other.backflowed, doubleNon + other.doubleNon,
                acceptDecided + other.acceptDecided, acceptMet + other.acceptMet,
                resolveDecided + other.resolveDecided, resolveMet + other.resolveMet, accepted + other.accepted,
                resolved + other.resolved, rated + other.rated, satisfied + other.satisfied,
                ratingSum + other.ratingSum);
    }
}
