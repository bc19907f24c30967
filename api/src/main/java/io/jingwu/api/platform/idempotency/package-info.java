/**
 * Idempotent creation: a client that retries with the same {@code Idempotency-Key} gets the first answer again,
 * on whichever instance the retry lands; the same key with a different body is refused.
 */
package io.jingwu.api.platform.idempotency;
