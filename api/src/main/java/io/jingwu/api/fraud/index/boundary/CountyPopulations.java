package io.jingwu.api.fraud.index.boundary;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.fraud.index.entity.CountyPopulation;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The population of each county, kept by administrators with its source: what the anti-fraud index divides by. A
 * change counts from the index's next run (within ten minutes) for today and the days not yet computed; days
 * computed before keep the population they were computed with.
 */
@ApplicationScoped
@Transactional
public class CountyPopulations {

    private static final String COUNTY_LEVEL = "county";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Divisions divisions;

    @Inject
    InputCheck inputs;

    @Inject
    Clock clock;

    /** Every county with a population, by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CountyPopulationView> list() {
        return em.createNamedQuery(CountyPopulation.ALL, CountyPopulation.class).getResultStream()
                .map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CountyPopulationView> find(String countyCode) {
        return Optional.ofNullable(countyCode).filter(Divisions::isWellFormed)
                .map(code -> em.find(CountyPopulation.class, code)).map(this::view);
    }

    /**
     * Sets a county's population and its source, replacing any earlier figure.
     *
     * @param by the administrator, recorded with the figure
     * @throws InvalidInputException when the code is no county-level division, or the figure or its source breaks
     *                               a rule (every broken rule at once)
     */
    public CountyPopulationView put(String countyCode, CountyPopulationInput input, StaffActor by) {
        CountyPopulationInput given = input == null ? new CountyPopulationInput(null, null) : input;
        List<FieldError> errors = new ArrayList<>();
        boolean county = divisions.find(countyCode).filter(d -> COUNTY_LEVEL.equals(d.level())).isPresent();
        if (!county) {
            errors.add(FieldError.of("countyCode", "fraud.index.county.notACounty", String.valueOf(countyCode)));
        }
        errors.addAll(inputs.errors(given));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CountyPopulation population = em.find(CountyPopulation.class, countyCode, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (population == null) {
            population = new CountyPopulation(countyCode, given.population(), given.source(), by.username(), now);
            em.persist(population);
        } else {
            population.revise(given.population(), given.source(), by.username(), now);
        }
        em.flush();
        return view(population);
    }

    private CountyPopulationView view(CountyPopulation population) {
        return CountyPopulationView.of(population, divisions.fullName(population.countyCode()));
    }
}
