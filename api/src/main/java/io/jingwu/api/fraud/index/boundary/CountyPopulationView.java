package io.jingwu.api.fraud.index.boundary;

import io.jingwu.api.fraud.index.entity.CountyPopulation;

import java.time.Instant;

/** A county's population as administrators see it: the figure, its source, who set it and when. */
public record CountyPopulationView(String countyCode, String county, long population, String source,
                                   Instant updatedAt, String updatedBy) {

    static CountyPopulationView of(CountyPopulation population, String county) {
        return new CountyPopulationView(population.countyCode(), county, population.population(), population.source(),
                population.updatedAt(), population.updatedBy());
    }
}
