/**
 * The public page of the anti-fraud index (反诈指数), like a weather forecast: every county's level of the day, and for
 * a chosen county its figures, its 30-day trend and the scams most reported there; no sign-in.
 */
package io.jingwu.portal.fraudindex;
