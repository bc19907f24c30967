package io.jingwu.api.catalogue.entity;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.units.entity.UnitKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service a citizen can ask for: a request type and a category ("report unpaid wages", "reissue a lost ID
 * card"), defined once as data. Its questions ({@link ServiceField}s) in the order they are asked, the kinds of
 * unit that handle it in order of preference, the priority a new request starts with, and its name and
 * description per language. Each type has a {@value #GENERAL} service for requests that name no category.
 * An inactive service stays defined (requests keep referring to it) but takes no new requests.
 * <p>
 * A definition is replaced as a whole when an admin changes it, never edited piece by piece, so a loaded
 * definition can be shared by every request of an instance until the catalogue's revision moves.
 */
@Entity
@Table(name = "services")
@NamedQuery(name = ServiceDefinition.ALL,
        query = "SELECT s FROM ServiceDefinition s ORDER BY s.type, s.position, s.category")
@NamedQuery(name = ServiceDefinition.BY_KEY,
        query = "SELECT s FROM ServiceDefinition s WHERE s.type = :type AND s.category = :category")
public class ServiceDefinition {

    public static final String ALL = "ServiceDefinition.all";
    public static final String BY_KEY = "ServiceDefinition.byKey";

    /** The category of a type's catch-all service, used when a request names no category. */
    public static final String GENERAL = "general";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private RequestType type;

    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_priority")
    private Priority defaultPriority;

    private boolean active;

    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_texts", joinColumns = @JoinColumn(name = "service_id"))
    private List<ServiceText> texts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_unit_kinds", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_kind")
    @Enumerated(EnumType.STRING)
    private List<UnitKind> handledBy = new ArrayList<>();

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<ServiceField> fields = new ArrayList<>();

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ServiceDefinition() {
    }

    /**
     * A complete definition; its fields are asked in the order given.
     *
     * @param position where the service comes among those of its type
     */
    public static ServiceDefinition define(RequestType type, String category, Priority defaultPriority,
                                           boolean active, int position, List<UnitKind> handledBy,
                                           List<ServiceText> texts, List<ServiceField> fields, Instant now) {
        ServiceDefinition service = new ServiceDefinition();
        service.type = type;
        service.category = category;
        service.defaultPriority = defaultPriority;
        service.active = active;
        service.position = position;
        service.handledBy.addAll(handledBy);
        service.texts.addAll(texts);
        for (ServiceField field : fields) {
            field.belongTo(service, service.fields.size());
            service.fields.add(field);
        }
        service.createdAt = now;
        service.updatedAt = now;
        return service;
    }

    /** Keeps the creation time of the definition this one replaces. */
    public void replaces(ServiceDefinition previous) {
        this.createdAt = previous.createdAt;
    }

    public RequestType type() {
        return type;
    }

    public String category() {
        return category;
    }

    public boolean isGeneral() {
        return GENERAL.equals(category);
    }

    public Priority defaultPriority() {
        return defaultPriority;
    }

    public boolean isActive() {
        return active;
    }

    public int position() {
        return position;
    }

    public List<UnitKind> handledBy() {
        return List.copyOf(handledBy);
    }

    public String name(Language language) {
        return LanguageTagged.pick(texts, language).map(ServiceText::name).orElse(category);
    }

    public String description(Language language) {
        return LanguageTagged.pick(texts, language).map(ServiceText::description).orElse(null);
    }

    public List<ServiceText> texts() {
        return List.copyOf(texts);
    }

    public List<ServiceField> fields() {
        return List.copyOf(fields);
    }

    public Optional<ServiceField> field(String code) {
        return fields.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
