/**
 * The anti-fraud index (反诈指数): a risk level from 1 (low) to 5 (severe) per county-level division and day, from
 * the fraud reports of the 30 days before, relative to the county's population, published like a weather forecast.
 * The formula is {@code control.FraudIndexFormula}; a timer computes every county's days into a table, which the
 * public answers read. Administrators keep the populations, each with its source.
 */
package io.jingwu.api.fraud.index;
