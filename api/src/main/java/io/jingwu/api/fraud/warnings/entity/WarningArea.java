package io.jingwu.api.fraud.warnings.entity;

import java.util.Collection;

/**
 * Where a warning goes: a county, or a city with every county under it. Followers subscribe to county-level codes,
 * so the area is the code's prefix its followers' codes start with ({@code 330522} a county, {@code 3305} the
 * prefecture-level city of Huzhou, {@code 11} the municipality of Beijing).
 *
 * @param divisionCode the county's or city's own code, six digits
 * @param prefix       what the codes of its counties start with
 */
public record WarningArea(String divisionCode, String prefix) {

    public WarningArea {
        if (divisionCode == null || !divisionCode.matches("\\d{6}") || prefix == null || prefix.isEmpty()
                || !divisionCode.startsWith(prefix)) {
            throw new IllegalArgumentException("Not an area: " + divisionCode + " / " + prefix);
        }
    }

    /** Whether a follower of this county-level district is warned. */
    public boolean covers(String countyCode) {
        return countyCode != null && countyCode.startsWith(prefix);
    }

    /**
     * Whether the area lies wholly within one of these jurisdictions: division prefixes, as units are given them (an
     * empty one is the whole country).
     */
    public boolean within(Collection<String> jurisdictions) {
        return jurisdictions.stream().anyMatch(prefix::startsWith);
    }
}
