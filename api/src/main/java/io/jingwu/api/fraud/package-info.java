/**
 * Anti-fraud: checks that warn a citizen before the money moves (a phone number, a link, an account, a caller who
 * says they are police, a message), the list shared by every anti-fraud centre that the checks consult, and what
 * citizens' fraud reports add to it ("reported N times"). Sub-packages by part: {@code checks}, {@code lists},
 * {@code officials} (the police's public numbers), {@code links} (what a link is and whether it imitates one),
 * {@code scams} (the text model), {@code alerts} (a bank counter's alarm and the station it alerts), {@code reports}
 * (each fraud report's figures and its stop-payment outcome), {@code warnings} (new scams told by text message to those who follow a district),
 * {@code index} (the anti-fraud index, 反诈指数: a risk level per county and day from the fraud reports, published like
 * a weather forecast).
 */
package io.jingwu.api.fraud;
