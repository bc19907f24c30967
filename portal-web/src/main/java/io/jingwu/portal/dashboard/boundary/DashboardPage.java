package io.jingwu.portal.dashboard.boundary;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.boundary.RequestLifecycle;
import io.jingwu.api.requests.entity.ForbiddenMove;
import io.jingwu.api.requests.entity.LifecycleViolation;
import io.jingwu.api.requests.entity.RequestNotFound;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.sla.boundary.StaffAlerts;
import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.api.statistics.boundary.StatisticsReport;
import io.jingwu.api.statistics.boundary.SupervisorDashboard;
import io.jingwu.api.statistics.control.DashboardQueries;
import io.jingwu.portal.catalogue.boundary.ServiceNames;
import io.jingwu.portal.charts.boundary.ChartConfig;
import io.jingwu.portal.evaluation.boundary.FigureFormat;
import io.jingwu.portal.i18n.boundary.Labels;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code workbench/dashboard.xhtml}: a supervisor's units at a glance (web.xml lets only supervisors and
 * administrators in; the figures' boundary refuses anyone else too). Escalations can be dispatched to a colleague of
 * the unit (派单, which the lifecycle allows once a request is accepted) and exported as CSV or Excel; the table holds
 * no personal data.
 */
@Named("dashboard")
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisorDashboard dashboards;

    @Inject
    StaffAlerts alerts;

    @Inject
    RequestLifecycle lifecycle;

    @Inject
    CurrentStaff staff;

    @Inject
    LanguageSelection language;

    @Inject
    Labels labels;

    @Inject
    FigureFormat figures;

    @Inject
    ServiceNames services;

    /** Read once per view, the escalations again after a reassignment; never part of a replicated session. */
    private transient SupervisorDashboard.Figures figuresOfUnits;
    private transient List<StaffAlerts.EscalationView> escalations;

    private String chosenNumber;
    private String chosenUnit;
    private String handler;

    public SupervisorDashboard.Figures getFigures() {
        if (figuresOfUnits == null) {
            figuresOfUnits = dashboards.of(staff.actor(), language.current());
        }
        return figuresOfUnits;
    }

    public List<StaffAlerts.EscalationView> getEscalations() {
        if (escalations == null) {
            escalations = alerts.escalations(staff.actor());
        }
        return escalations;
    }

    /** Escalations carry enum names; the labels are the API's. */
    public String typeLabel(StaffAlerts.EscalationView row) {
        return labels.type(RequestType.valueOf(row.type()), language.current());
    }

    public String statusLabel(StaffAlerts.EscalationView row) {
        return labels.status(RequestStatus.valueOf(row.status()), language.current());
    }

    /** Only an accepted request can be dispatched (派单); one still queued must be accepted by a clerk first. */
    public boolean reassignable(StaffAlerts.EscalationView row) {
        return RequestStatus.ACCEPTED.name().equals(row.status());
    }

    public void choose(String trackingNumber, String unitCode) {
        chosenNumber = trackingNumber;
        chosenUnit = unitCode;
        handler = null;
    }

    public List<SupervisorDashboard.Colleague> getColleagues() {
        return chosenUnit == null ? List.of() : dashboards.colleagues(staff.actor(), chosenUnit);
    }

    /** Dispatches the chosen request to the chosen colleague; a refused move leaves it as it was and says why. */
    public void reassign() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            TrackingNumber number = TrackingNumber.parse(chosenNumber).orElseThrow(RequestNotFound::new);
            lifecycle.dispatch(number, staff.actor(), handler);
            info(context, text(context, "dashboard.reassign.done", chosenNumber, handler));
            escalations = null;
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                error(context, error.message(language.current()));
            }
        } catch (LifecycleViolation | ForbiddenMove | RequestNotFound e) {
            error(context, text(context, "dashboard.refused", chosenNumber));
        }
    }

    public String getPerDayChart() {
        List<LocalDate> days = SupervisorDashboard.days(getFigures().period());
        Map<RequestType, Map<LocalDate, Long>> byType = new LinkedHashMap<>();
        for (DashboardQueries.DailyCount count : getFigures().perDay()) {
            byType.computeIfAbsent(count.type(), type -> new LinkedHashMap<>()).put(count.day(), count.requests());
        }
        List<ChartConfig.Series> series = new ArrayList<>();
        byType.forEach((type, counts) -> series.add(new ChartConfig.Series(labels.type(type, language.current()),
                days.stream().map(day -> counts.getOrDefault(day, 0L)).toList())));
        return ChartConfig.of(ChartConfig.Kind.BAR, days.stream().map(day -> day.toString().substring(5)).toList(),
                series).stacked().json();
    }

    public String getSlaChart() {
        return perUnit(List.of(
                series("evaluation.sla.accept", row -> row.slaCompliance().accept()),
                series("evaluation.sla.resolve", row -> row.slaCompliance().resolve())));
    }

    public String getRatesChart() {
        return perUnit(List.of(
                series("evaluation.backflow", StatisticsReport.UnitFigures::backflowRate),
                series("evaluation.diversion", StatisticsReport.UnitFigures::diversionRate)));
    }

    public String getSatisfactionChart() {
        List<DashboardQueries.WeeklySatisfaction> weeks = getFigures().satisfactionPerWeek();
        return ChartConfig.of(ChartConfig.Kind.LINE, weeks.stream().map(w -> w.weekStart().toString()).toList(),
                List.of(new ChartConfig.Series(text(FacesContext.getCurrentInstance(), "evaluation.satisfaction"),
                        weeks.stream().map(w -> figures.percentValue(StatisticsReport.Rate.of(w.satisfied(), w.rated())))
                                .toList())))
                .percent().json();
    }

    public String getCategoriesChart() {
        List<DashboardQueries.CategoryCount> top = getFigures().topCategories();
        return ChartConfig.of(ChartConfig.Kind.BAR,
                top.stream().map(c -> labels.type(c.type(), language.current()) + " · "
                        + services.name(c.type(), c.category())).toList(),
                List.of(new ChartConfig.Series(text(FacesContext.getCurrentInstance(), "dashboard.requests"),
                        top.stream().map(DashboardQueries.CategoryCount::requests).toList())))
                .horizontal().json();
    }

    private String perUnit(List<Function<List<StatisticsReport.UnitFigures>, ChartConfig.Series>> series) {
        List<StatisticsReport.UnitFigures> units = getFigures().units();
        return ChartConfig.of(ChartConfig.Kind.BAR, units.stream().map(u -> u.unit().name()).toList(),
                series.stream().map(s -> s.apply(units)).toList()).percent().json();
    }

    private Function<List<StatisticsReport.UnitFigures>, ChartConfig.Series> series(
            String key, Function<StatisticsReport.UnitFigures, StatisticsReport.Rate> rate) {
        return units -> new ChartConfig.Series(text(FacesContext.getCurrentInstance(), key),
                units.stream().map(u -> figures.percentValue(rate.apply(u))).toList());
    }

    private static String text(FacesContext context, String key, Object... args) {
        String pattern = context.getApplication().getResourceBundle(context, "msg").getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
    }

    private static void info(FacesContext context, String message) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    private static void error(FacesContext context, String message) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        context.validationFailed();
    }

    public String getChosenNumber() {
        return chosenNumber;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }
}
