package io.jingwu.portal.evaluation.boundary;

import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.statistics.boundary.Statistics;
import io.jingwu.api.statistics.boundary.StatisticsReport;
import io.jingwu.api.statistics.control.StatisticsScope;
import io.jingwu.portal.charts.boundary.ChartConfig;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code evaluation.xhtml} (评估亮晒): the published figures of every unit for a period, optionally only in
 * divisions under a prefix. The period and prefix are the address's parameters ({@code ?from&to&division}, as the
 * statistics API takes them), so that a view can be linked to; without them, the last 30 days.
 */
@Named("evaluation")
@RequestScoped
public class EvaluationPage {

    /** Which field shows each parameter's problem. */
    private static final Map<String, String> COMPONENTS = Map.of("from", "period:from", "to", "period:to",
            "division", "period:division");

    @Inject
    Statistics statistics;

    @Inject
    LanguageSelection language;

    @Inject
    FigureFormat figures;

    @Inject
    Clock clock;

    private String from;
    private String to;
    private String division;
    private StatisticsReport report;

    /** Reads the figures for the parameters; a bad one is shown beside its field. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            StatisticsScope scope = StatisticsScope.parse(from, to, null, division, clock);
            from = scope.from().toString();
            to = scope.to().toString();
            report = statistics.report(scope, language.current());
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                String message = error.message(language.current());
                context.addMessage(COMPONENTS.get(error.field()),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            }
        }
    }

    /** The form's answer: the same page at the address of the period and prefix asked for. */
    public String show() {
        return "/evaluation.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public StatisticsReport getReport() {
        return report;
    }

    public List<StatisticsReport.UnitFigures> getUnits() {
        return report == null ? List.of() : report.units();
    }

    /** Accept and resolve compliance per unit, in percent. */
    public String getSlaChart() {
        List<StatisticsReport.UnitFigures> units = getUnits();
        return ChartConfig.of(ChartConfig.Kind.BAR, names(units), List.of(
                new ChartConfig.Series(text("evaluation.sla.accept"),
                        units.stream().map(u -> figures.percentValue(u.slaCompliance().accept())).toList()),
                new ChartConfig.Series(text("evaluation.sla.resolve"),
                        units.stream().map(u -> figures.percentValue(u.slaCompliance().resolve())).toList())))
                .percent().json();
    }

    /** The share of rated requests rated 4 or 5, per unit, in percent. */
    public String getSatisfactionChart() {
        List<StatisticsReport.UnitFigures> units = getUnits();
        return ChartConfig.of(ChartConfig.Kind.BAR, names(units), List.of(
                new ChartConfig.Series(text("evaluation.satisfaction"),
                        units.stream().map(u -> figures.percentValue(u.satisfactionRate())).toList())))
                .percent().json();
    }

    private static List<String> names(List<StatisticsReport.UnitFigures> units) {
        return units.stream().map(u -> u.unit().name()).toList();
    }

    private String text(String key) {
        return FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg").getString(key);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }
}
