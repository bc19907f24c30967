/**
 * Server-side helpers that only the end-to-end suite's deployment carries (added to the war's classes by
 * {@code JingwuIT}, never shipped): resources under {@code /api/test-support/...} that run time-driven work,
 * such as an SLA sweep or an outbox delivery run, at an instant the check chooses, so that no check sleeps.
 */
package io.jingwu.it.support;
