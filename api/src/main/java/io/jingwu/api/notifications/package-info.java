/**
 * Messages to citizens: a notice for each step of their request they did not take themself, written to the
 * outbox in the step's own transaction, and delivered from there to the SMS provider with retries, once.
 */
package io.jingwu.api.notifications;
