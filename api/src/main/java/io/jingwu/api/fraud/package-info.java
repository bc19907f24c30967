/**
 * Anti-fraud: checks that warn a citizen before the money moves (a phone number, a link, an account, a caller who
 * says they are police, a message), the list shared by every anti-fraud centre that the checks consult, and what
 * citizens' fraud reports add to it ("reported N times"). Sub-packages by part: {@code checks}, {@code lists},
 * {@code officials} (the police's public numbers), {@code links} (what a link is and whether it imitates one),
 * {@code scams} (the text model), {@code warnings} (new scams told by text message to those who follow a district).
 */
package io.jingwu.api.fraud;
