package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.catalogue.boundary.Catalogue;
import io.jingwu.api.catalogue.boundary.PublishedService;
import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.queues.boundary.QueueItem;
import io.jingwu.api.queues.boundary.QueueOrder;
import io.jingwu.api.queues.boundary.Queues;
import io.jingwu.api.queues.boundary.SlaState;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import io.jingwu.api.fraud.alerts.boundary.FraudAlerts;
import io.jingwu.api.fraud.alerts.boundary.StationAlertView;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * "My queue": the requests of the clerk's units, a page at a time from the database (sorted and filtered there),
 * claiming the next one, and a count of urgent requests queued since the page was opened, which the page polls
 * for. Paging, sorting and filters live in this view, so a refresh keeps the clerk's place.
 */
@Named("queuePage")
@ViewScoped
public class QueuePage implements Serializable {

    @Inject
    Queues queues;

    @Inject
    CurrentStaff staff;

    @Inject
    Catalogue catalogue;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    @Inject
    FraudAlerts fraudAlerts;

    private final Rows rows = new Rows();
    /** Bank counter alerts of the clerk's stations that nobody has acknowledged yet: officers must go at once. */
    private List<StationAlertView> openBankAlerts = List.of();
    /** For the filter: a category code and its services' names (one code, such as general, serves several types). */
    private Map<String, String> categoryNames;
    private Instant openedAt;
    private long newUrgent;
    private RequestStatus status;
    private String category;
    private Priority priority;
    private SlaState sla;

    @PostConstruct
    void open() {
        openedAt = clock.instant();
        categoryNames = new LinkedHashMap<>();
        for (PublishedService service : catalogue.published(null, language.current(), false).services()) {
            categoryNames.merge(service.category(), service.name(), (names, name) -> names + " / " + name);
        }
        loadBankAlerts();
    }

    /** The poll: urgent requests that joined the queue since the page was opened (or last shown), and bank alarms. */
    public void refresh() {
        newUrgent = queues.urgentQueuedAfter(staff.actor(), openedAt);
        loadBankAlerts();
    }

    /** Officers are on their way to the branch: the alert leaves every colleague's banner. */
    public void acknowledgeBankAlert(long id) {
        fraudAlerts.acknowledge(id, staff.actor());
        loadBankAlerts();
    }

    public List<StationAlertView> getOpenBankAlerts() {
        return openBankAlerts;
    }

    private void loadBankAlerts() {
        openBankAlerts = fraudAlerts.ofStations(staff.actor()).stream()
                .filter(alert -> alert.acknowledgedAt() == null).toList();
    }

    /** The banner's "show" (and a change of filter): start counting again from now. */
    public void acknowledge() {
        openedAt = clock.instant();
        newUrgent = 0;
    }

    /** 接单 of the next request, then on to it; a clear message when nothing waits. */
    public void claimNext() throws IOException {
        Optional<QueueItem> claimed = queues.claimNext(staff.actor(), language.current());
        FacesContext faces = FacesContext.getCurrentInstance();
        if (claimed.isEmpty()) {
            ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.getString("queue.claim.none"), null));
            return;
        }
        ExternalContext context = faces.getExternalContext();
        context.redirect(context.getRequestContextPath() + "/workbench/request.xhtml?tn="
                + URLEncoder.encode(claimed.get().trackingNumber(), StandardCharsets.UTF_8));
    }

    /** The running stage's time left, or overdue, as the countdown column shows it; empty when none runs. */
    public String countdown(QueueItem item) {
        if (item.remainingSeconds() == null || item.slaState() == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        String key = switch (item.slaState()) {
            case BREACHED -> "queue.sla.overdue";
            case PAUSED -> "queue.sla.paused";
            default -> "queue.sla.left";
        };
        return java.text.MessageFormat.format(texts.getString(key),
                SlaCountdown.text(item.remainingSeconds(), texts));
    }

    public LazyDataModel<QueueItem> getRows() {
        return rows;
    }

    public Map<String, String> getCategories() {
        return categoryNames;
    }

    public List<RequestStatus> getStatuses() {
        return Arrays.stream(RequestStatus.values()).filter(s -> !s.isFinal()).toList();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public SlaState[] getSlaStates() {
        return SlaState.values();
    }

    public long getNewUrgent() {
        return newUrgent;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
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

    public SlaState getSla() {
        return sla;
    }

    public void setSla(SlaState sla) {
        this.sla = sla;
    }

    private Queues.QueueFilter filter() {
        return new Queues.QueueFilter(Optional.empty(), Optional.ofNullable(status), Optional.empty(),
                Optional.ofNullable(category).filter(c -> !c.isBlank()), Optional.ofNullable(priority),
                Optional.ofNullable(sla), true);
    }

    private Language current() {
        return language.current();
    }

    /** The table's rows: one page at a time, sorted by the column the clerk chose, else in the claim order. */
    private class Rows extends LazyDataModel<QueueItem> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queues.count(staff.actor(), filter()));
        }

        @Override
        public List<QueueItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return queues.list(staff.actor(), filter(), order(sortBy), first / pageSize, pageSize, current()).items();
        }

        @Override
        public String getRowKey(QueueItem item) {
            return item.trackingNumber();
        }

        private QueueOrder order(Map<String, SortMeta> sortBy) {
            return sortBy.values().stream()
                    .filter(sort -> sort.getOrder() != SortOrder.UNSORTED)
                    .findFirst()
                    .flatMap(sort -> key(sort.getField()).map(key -> new QueueOrder(key, sort.getOrder() == SortOrder.DESCENDING)))
                    .orElse(QueueOrder.CLAIM_ORDER);
        }

        private Optional<QueueOrder.Key> key(String field) {
            return switch (field) {
                case "priority" -> Optional.of(QueueOrder.Key.PRIORITY);
                case "dueAt" -> Optional.of(QueueOrder.Key.DEADLINE);
                case "submittedAt" -> Optional.of(QueueOrder.Key.SUBMITTED);
                default -> Optional.empty();
            };
        }
    }
}
