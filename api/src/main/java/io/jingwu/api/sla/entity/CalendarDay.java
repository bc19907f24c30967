package io.jingwu.api.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One day of the working calendar that breaks the weekday rule: a holiday, or a weekend day worked (调休). */
@Entity
@Table(name = "working_calendar")
@NamedQuery(name = CalendarDay.ALL, query = "SELECT d FROM CalendarDay d ORDER BY d.day")
@NamedQuery(name = CalendarDay.BETWEEN,
        query = "SELECT d FROM CalendarDay d WHERE d.day BETWEEN :first AND :last ORDER BY d.day")
public class CalendarDay {

    public static final String ALL = "CalendarDay.all";
    /** Parameters {@code first} and {@code last}, both included. */
    public static final String BETWEEN = "CalendarDay.between";

    @Id
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    private DayKind kind;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String nameZh, String nameEn) {
        this.day = day;
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public void change(DayKind newKind, String newNameZh, String newNameEn) {
        kind = newKind;
        nameZh = newNameZh;
        nameEn = newNameEn;
    }

    public LocalDate day() {
        return day;
    }

    public DayKind kind() {
        return kind;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
