package io.jingwu.api.units.entity;

import io.jingwu.api.platform.i18n.Language;
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
import jakarta.persistence.Table;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A unit that owns a queue, serving the divisions whose codes start with one of its jurisdiction prefixes (the
 * empty prefix serves the whole country). Administrators create and change units while the application runs.
 *
 * <p>Not in the shared cache: an administrator's change must be seen at once on every instance, and
 * EclipseLink's shared cache deadlocked when many clerks' transactions cloned the same unit at once.
 */
@Entity
@Table(name = "units")
@NamedQuery(name = Unit.ACTIVE, query = "SELECT DISTINCT u FROM Unit u LEFT JOIN FETCH u.jurisdiction WHERE u.active = TRUE")
@NamedQuery(name = Unit.ALL, query = "SELECT u FROM Unit u ORDER BY u.code")
@NamedQuery(name = Unit.BY_CODE, query = "SELECT u FROM Unit u WHERE u.code = :code")
public class Unit {

    public static final String ACTIVE = "Unit.active";
    public static final String ALL = "Unit.all";
    public static final String BY_CODE = "Unit.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    private boolean active;

    // read only where units are administered: a request's unit is shown by its name alone
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "unit_jurisdictions", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "division_prefix")
    private Set<String> jurisdiction;

    protected Unit() {
    }

    public static Unit create(String code, String nameZh, String nameEn, UnitKind kind, Collection<String> jurisdiction) {
        Unit unit = new Unit();
        unit.active = true;
        unit.jurisdiction = new HashSet<>();
        unit.describe(code, nameZh, nameEn, kind, jurisdiction);
        return unit;
    }

    /** Replaces what the unit is and where it serves; its queue and the requests in it stay. */
    public void describe(String newCode, String newNameZh, String newNameEn, UnitKind newKind, Collection<String> newJurisdiction) {
        code = newCode;
        nameZh = newNameZh;
        nameEn = newNameEn;
        kind = newKind;
        jurisdiction.clear();
        jurisdiction.addAll(newJurisdiction);
    }

    /** An inactive unit receives no new requests; the ones it holds stay with it. */
    public void setActive(boolean newActive) {
        active = newActive;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    /** Units are named in Chinese and English: Russian reads the English name. */
    public String name(Language language) {
        return language.pick(nameZh, nameEn);
    }

    public UnitKind kind() {
        return kind;
    }

    public boolean active() {
        return active;
    }

    /** The division code prefixes the unit serves; the empty prefix is the whole country. */
    public Set<String> jurisdiction() {
        return Set.copyOf(jurisdiction);
    }
}
