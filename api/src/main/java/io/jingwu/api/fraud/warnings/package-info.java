/**
 * Warnings of new scams by text message: citizens follow districts in their language with a phone confirmed by a
 * one-time code, and leave by the signed link in every message or by a new code; the anti-fraud centre warns the
 * followers of a district or a city through the SMS outbox.
 */
package io.jingwu.api.fraud.warnings;
