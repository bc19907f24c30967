package io.jingwu.api.fraud.index.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * How many people live in a county-level division, and where that figure comes from (a census, a statistical
 * yearbook, a demo value): what the anti-fraud index divides by. Kept by administrators; a county without one has
 * no index.
 */
@Entity
@Table(name = "county_populations")
@NamedQuery(name = CountyPopulation.ALL, query = "SELECT p FROM CountyPopulation p ORDER BY p.countyCode")
public class CountyPopulation {

    public static final String ALL = "CountyPopulation.all";

    public static final long MAX_POPULATION = 100_000_000L;
    public static final int SOURCE_MAX = 300;

    @Id
    @Column(name = "county_code")
    private String countyCode;

    private long population;

    private String source;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected CountyPopulation() {
    }

    public CountyPopulation(String countyCode, long population, String source, String by, Instant at) {
        this.countyCode = countyCode;
        revise(population, source, by, at);
    }

    /**
     * A new figure, or the same from a better source; who and when are kept.
     *
     * @throws IllegalArgumentException for no residents, more than any county has, or no source
     */
    public void revise(long population, String source, String by, Instant at) {
        if (population < 1 || population > MAX_POPULATION || source == null || source.isBlank()
                || source.strip().length() > SOURCE_MAX) {
            throw new IllegalArgumentException("A county's population is 1 to 100 million residents, with its source");
        }
        this.population = population;
        this.source = source.strip();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String countyCode() {
        return countyCode;
    }

    public long population() {
        return population;
    }

    public String source() {
        return source;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
