package io.jingwu.api.divisions.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An administrative division: a 6-digit GB/T 2260 code (province, prefecture, county) or a 9-digit township.
 * Reference data, read-only for the application.
 */
@Entity
@Table(name = "divisions")
@Cacheable
@NamedQuery(name = Division.BY_NAME,
        query = "SELECT d FROM Division d WHERE d.name LIKE :pattern ORDER BY LENGTH(d.code), d.code")
public class Division {

    public static final String BY_NAME = "Division.byName";

    @Id
    private String code;

    private String name;

    @Column(name = "parent_code")
    private String parentCode;

    private String level;

    protected Division() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String parentCode() {
        return parentCode;
    }

    public String level() {
        return level;
    }
}
