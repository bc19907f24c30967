/**
 * Judges free text a citizen brings to the anti-fraud check (an SMS, a chat, their account of a call): whether it is
 * a scam and of which kind, by a model trained from the project's own corpus, and which tell-tale requests it holds
 * (a "safe account", a verification code, screen sharing, ...), by word lists.
 */
package io.jingwu.api.fraud.scams;
