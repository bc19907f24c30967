package io.jingwu.api.fraud.warnings.control;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.divisions.entity.Division;
import io.jingwu.api.fraud.warnings.entity.WarningArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The districts citizens follow and the areas the centre warns: a follower chooses a county-level district; a warning
 * goes to a county or to a city, given by its code ({@code 330500}) or by the prefix its counties share
 * ({@code 3305}). A city is a prefecture-level one, or a municipality whose districts lie directly under it (Beijing,
 * {@code 110000} or {@code 11}); a whole province is not an area.
 */
@ApplicationScoped
public class WarningAreas {

    static final String COUNTY = "county";
    static final String PREFECTURE = "prefecture";
    static final String PROVINCE = "province";

    private static final Pattern AREA = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

    @Inject
    Divisions divisions;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    /** The county-level district with this code, for a follower. */
    public Optional<Division> county(String code) {
        return code == null ? Optional.empty()
                : divisions.find(code.strip()).filter(division -> COUNTY.equals(division.level()));
    }

    /** The area a code or prefix names; empty when it names no county or city. */
    public Optional<WarningArea> area(String typed) {
        if (typed == null || !AREA.matcher(typed.strip()).matches()) {
            return Optional.empty();
        }
        String given = typed.strip();
        String code = (given + "0000").substring(0, 6);
        return divisions.find(code).flatMap(division -> switch (division.level()) {
            case COUNTY -> Optional.of(new WarningArea(code, code));
            case PREFECTURE -> Optional.of(new WarningArea(code, code.substring(0, 4)));
            case PROVINCE -> municipality(code) ? Optional.of(new WarningArea(code, code.substring(0, 2))) : Optional.empty();
            default -> Optional.empty();
        }).filter(area -> given.length() == 6 || area.prefix().equals(given));
    }

    /** Where a code lies, as people read it: 浙江省 湖州市 长兴县. */
    public String fullName(String code) {
        return divisions.fullName(code);
    }

    private boolean municipality(String provinceCode) {
        return em.createQuery("SELECT COUNT(d) FROM Division d WHERE d.parentCode = :code AND d.level = :county", Long.class)
                .setParameter("code", provinceCode)
                .setParameter("county", COUNTY)
                .getSingleResult() > 0;
    }
}
