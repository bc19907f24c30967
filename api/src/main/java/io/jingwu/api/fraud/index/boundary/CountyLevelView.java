package io.jingwu.api.fraud.index.boundary;

import java.math.BigDecimal;

/**
 * One county's level on a day, for the overview of every county: where it lies (its city, to group by), the level
 * and its name in the reader's language.
 */
public record CountyLevelView(String code, String name, String cityCode, String cityName, int level, String label,
                              BigDecimal score) {
}
