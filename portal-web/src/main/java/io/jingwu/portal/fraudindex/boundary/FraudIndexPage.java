package io.jingwu.portal.fraudindex.boundary;

import io.jingwu.api.fraud.index.boundary.CountyLevelView;
import io.jingwu.api.fraud.index.boundary.FraudIndex;
import io.jingwu.api.fraud.index.boundary.FraudIndexView;
import io.jingwu.api.fraud.index.boundary.NoFraudIndexException;
import io.jingwu.api.fraud.index.entity.RiskLevel;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.portal.charts.boundary.ChartConfig;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code fraud/index.xhtml} (反诈指数): like a weather forecast, the level of every county on the newest day computed,
 * grouped by city; with {@code ?division=}, that county's figures, its 30-day trend and the scams most reported
 * there. Reads what the timer computed, as the API does.
 */
@Named("fraudIndex")
@RequestScoped
public class FraudIndexPage {

    @Inject
    FraudIndex index;

    @Inject
    LanguageSelection language;

    private String division;
    private LocalDate day;
    private List<CityLevels> cities = List.of();
    private FraudIndexView chosen;
    private String notice;

    /** The counties of one city, by code. */
    public record CityLevels(String name, List<CountyLevelView> counties) {
    }

    public void load() {
        Language lang = language.current();
        Optional<LocalDate> latest = index.latestDay();
        day = latest.orElseGet(index::today);
        Map<String, CityLevels> byCity = new LinkedHashMap<>();
        index.day(day, lang).stream()
                .sorted(Comparator.comparing(CountyLevelView::cityCode).thenComparing(CountyLevelView::code))
                .forEach(county -> byCity.computeIfAbsent(county.cityCode(),
                                code -> new CityLevels(county.cityName(), new ArrayList<>()))
                        .counties().add(county));
        cities = List.copyOf(byCity.values());
        if (division != null && !division.isBlank()) {
            try {
                chosen = index.of(division, day.toString(), lang);
            } catch (InvalidInputException e) {
                notice = e.errors().get(0).message(lang);
            } catch (NoFraudIndexException e) {
                notice = e.refusal().detail(lang);
            }
        }
    }

    /** The day shown, as the reader's language writes a date: 2026年12月8日, 8 December 2026. */
    public String getDayText() {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()));
    }

    /** A day of the window, short. */
    public String shortDay(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale()));
    }

    /** Yuan, with the reader's grouping of digits, cents only when there are any. */
    public String yuan(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A whole number with the reader's grouping of digits: 40,000. */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(language.getLocale()).format(value);
    }

    /** A rate or score with its two decimals. */
    public String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** The five levels, lowest first, for the legend. */
    public List<RiskLevel> getLevels() {
        return Arrays.asList(RiskLevel.values());
    }

    public String label(RiskLevel level) {
        return FraudIndex.label(level, language.current());
    }

    /** The chosen county's level per day of its window, a gap where a day was not computed. */
    public String getTrendChart() {
        List<FraudIndexView.TrendDay> trend = chosen == null ? List.of() : chosen.trend();
        DateTimeFormatter monthDay = DateTimeFormatter.ofPattern("MM-dd");
        return ChartConfig.of(ChartConfig.Kind.LINE, trend.stream().map(d -> d.date().format(monthDay)).toList(),
                        List.of(new ChartConfig.Series(text("fraudIndex.trend.series"),
                                trend.stream().map(FraudIndexView.TrendDay::level).toList())))
                .wholeStepsUpTo(RiskLevel.values().length).json();
    }

    private static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString(key);
    }

    public List<CityLevels> getCities() {
        return cities;
    }

    public FraudIndexView getChosen() {
        return chosen;
    }

    public String getNotice() {
        return notice;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }
}
