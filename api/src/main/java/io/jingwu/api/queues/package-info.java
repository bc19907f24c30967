/**
 * The queues of the units: what waits for a clerk, and claiming the next request (接单) so that any number of
 * clerks on any number of instances never take the same request twice.
 */
package io.jingwu.api.queues;
