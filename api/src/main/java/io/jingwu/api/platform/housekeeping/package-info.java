/**
 * Deletes records whose purpose has passed (idempotency keys, expired rate-limit counters, spent one-time codes and
 * expired citizen tokens), so that those tables stay small for as long as the application runs.
 */
package io.jingwu.api.platform.housekeeping;
