package io.jingwu.api.units.entity;

import io.jingwu.api.platform.i18n.Language;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Set;

/** A unit that owns a queue, serving the divisions whose codes start with one of its jurisdiction prefixes. */
@Entity
@Table(name = "units")
@Cacheable
@NamedQuery(name = Unit.ACTIVE, query = "SELECT DISTINCT u FROM Unit u LEFT JOIN FETCH u.jurisdiction WHERE u.active = TRUE")
public class Unit {

    public static final String ACTIVE = "Unit.active";

    @Id
    private Long id;

    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_jurisdictions", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "division_prefix")
    private Set<String> jurisdiction;

    protected Unit() {
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name(Language language) {
        return language == Language.EN ? nameEn : nameZh;
    }

    public UnitKind kind() {
        return kind;
    }

    /** The division code prefixes the unit serves; the empty prefix is the whole country. */
    public Set<String> jurisdiction() {
        return Set.copyOf(jurisdiction);
    }
}
