package io.jingwu.api.fraud.index.boundary;

import io.jingwu.api.fraud.index.entity.CountyPopulation;
import io.jingwu.api.platform.validation.Between;
import io.jingwu.api.platform.validation.Required;
import io.jingwu.api.platform.validation.TextLength;

/**
 * The body of {@code PUT /api/v1/admin/county-populations/{code}}.
 *
 * @param population the county's residents
 * @param source     where the figure comes from: a census and its table, a yearbook, or "demo value"
 */
public record CountyPopulationInput(@Required(message = "{fraud.index.population.required}")
                                    @Between(min = 1, max = CountyPopulation.MAX_POPULATION,
                                            message = "{fraud.index.population.range}")
                                    Long population,
                                    @Required(message = "{fraud.index.source.required}")
                                    @TextLength(max = CountyPopulation.SOURCE_MAX,
                                            message = "{fraud.index.source.length}")
                                    String source) {
}
