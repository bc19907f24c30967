package io.jingwu.portal.settings.boundary;

import io.jingwu.api.catalogue.boundary.Catalogue;
import io.jingwu.api.catalogue.boundary.PublishedService;
import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.time.Clocks;
import io.jingwu.api.sla.boundary.SlaPolicies;
import io.jingwu.api.sla.boundary.WorkingCalendarDays;
import io.jingwu.api.sla.entity.Basis;
import io.jingwu.api.sla.entity.DayKind;
import io.jingwu.portal.forms.boundary.FieldMessages;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.NotFoundException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code settings/sla.xhtml}: the SLA policies and the working calendar of a year, kept by administrators. Saving
 * goes through the same boundaries as the admin REST API, so a refused input is refused whole and explained beside
 * its field.
 */
@Named("slaSettings")
@ViewScoped
public class SlaSettingsPage implements Serializable {

    private static final Map<String, String> POLICY_FIELDS = Map.of("type", "policy:type", "category", "policy:category",
            "priority", "policy:priority", "acceptMinutes", "policy:acceptMinutes",
            "resolveMinutes", "policy:resolveMinutes", "basis", "policy:basis");
    private static final Map<String, String> DAY_FIELDS = Map.of("date", "calendar:date", "kind", "calendar:kind",
            "nameZh", "calendar:nameZh", "nameEn", "calendar:nameEn", "year", "calendar:year");

    @Inject
    SlaPolicies policies;

    @Inject
    WorkingCalendarDays calendar;

    @Inject
    Catalogue catalogue;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    /** Read again after a view is restored: a row of another administrator's making shows up. */
    private transient List<SlaPolicies.PolicyView> policyRows;
    private RequestType type = RequestType.values()[0];
    private String category;
    private Priority priority;
    private Integer acceptMinutes;
    private Integer resolveMinutes;
    private Basis basis = Basis.WORKING;

    private int year;
    private transient List<WorkingCalendarDays.DayView> days;
    private String date;
    private DayKind kind = DayKind.HOLIDAY;
    private String nameZh;
    private String nameEn;

    @PostConstruct
    void open() {
        year = LocalDate.now(clock.withZone(Clocks.CHINA)).getYear();
    }

    /** Creates the policy of the chosen (type, category, priority) or changes the one there is. */
    public void savePolicy() {
        try {
            policies.upsert(new SlaPolicies.PolicyInput(type.name(), category, priority == null ? null : priority.name(),
                    acceptMinutes, resolveMinutes, basis.name()));
            policyRows = policies.all();
            done("policy:messages", "settings.sla.policy.saved");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, POLICY_FIELDS, language.current());
        }
    }

    /** Fills the form with a policy, to change its times. */
    public void edit(SlaPolicies.PolicyView policy) {
        type = RequestType.valueOf(policy.type());
        category = policy.category();
        priority = policy.priority() == null ? null : Priority.valueOf(policy.priority());
        acceptMinutes = policy.acceptMinutes();
        resolveMinutes = policy.resolveMinutes();
        basis = Basis.valueOf(policy.basis());
    }

    public void removePolicy(long id) {
        try {
            policies.remove(id);
            done("policy:messages", "settings.sla.policy.removed");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, Map.of(), language.current());
        } catch (NotFoundException e) {
            // another administrator removed it meanwhile: the list below shows it gone
        }
        policyRows = policies.all();
    }

    /** The type changed: its categories are others. */
    public void typeChanged() {
        category = null;
    }

    public void showYear() {
        try {
            days = calendar.ofYear(year);
        } catch (InvalidInputException e) {
            days = List.of();
            FieldMessages.show(e, DAY_FIELDS, language.current());
        }
    }

    /** Marks the day a holiday or a swapped working day, then shows its year. */
    public void saveDay() {
        try {
            WorkingCalendarDays.DayView saved = calendar.put(date, new WorkingCalendarDays.DayInput(
                    kind == null ? null : kind.name(), nameZh, nameEn));
            year = saved.date().getYear();
            days = calendar.ofYear(year);
            done("calendar:messages", "settings.calendar.saved");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, DAY_FIELDS, language.current());
        }
    }

    /** Fills the form with a day, to change it. */
    public void editDay(WorkingCalendarDays.DayView day) {
        date = day.date().toString();
        kind = DayKind.valueOf(day.kind());
        nameZh = day.nameZh();
        nameEn = day.nameEn();
    }

    public void removeDay(LocalDate day) {
        try {
            calendar.remove(day.toString());
            done("calendar:messages", "settings.calendar.removed");
        } catch (NotFoundException e) {
            // already removed by another administrator: the list shows it gone
        }
        days = calendar.ofYear(year);
    }

    private static void done(String messages, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        faces.addMessage(messages, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** The chosen type's services, by category code, named in the admin's language. */
    public Map<String, String> getCategories() {
        return categoriesOf(type);
    }

    private Map<String, String> categoriesOf(RequestType of) {
        Map<String, String> names = new LinkedHashMap<>();
        for (PublishedService service : catalogue.published(of, language.current(), false).services()) {
            names.putIfAbsent(service.category(), service.name());
        }
        return names;
    }

    public String typeName(String typeName) {
        return Messages.text(language.current(), "type." + typeName);
    }

    public String categoryName(String typeName, String code) {
        return code == null ? null : categoriesOf(RequestType.valueOf(typeName)).getOrDefault(code, code);
    }

    public List<SlaPolicies.PolicyView> getPolicies() {
        if (policyRows == null) {
            policyRows = policies.all();
        }
        return policyRows;
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Basis[] getBases() {
        return Basis.values();
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public List<WorkingCalendarDays.DayView> getDays() {
        if (days == null) {
            showYear();
        }
        return days;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Integer getAcceptMinutes() {
        return acceptMinutes;
    }

    public void setAcceptMinutes(Integer acceptMinutes) {
        this.acceptMinutes = acceptMinutes;
    }

    public Integer getResolveMinutes() {
        return resolveMinutes;
    }

    public void setResolveMinutes(Integer resolveMinutes) {
        this.resolveMinutes = resolveMinutes;
    }

    public Basis getBasis() {
        return basis;
    }

    public void setBasis(Basis basis) {
        this.basis = basis;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
