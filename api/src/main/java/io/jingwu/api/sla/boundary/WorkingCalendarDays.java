package io.jingwu.api.sla.boundary;

import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.revisions.Revisions;
import io.jingwu.api.sla.entity.CalendarDay;
import io.jingwu.api.sla.entity.DayKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The working calendar's exceptions as administrators keep them: the holidays and swapped working days the State
 * Council announces each year. A change applies to deadlines set from then on.
 */
@ApplicationScoped
@Transactional
public class WorkingCalendarDays {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_NAME = 60;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Revisions revisions;

    public List<DayView> ofYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(List.of(FieldError.of("year", "calendar.year.range", FIRST_YEAR, LAST_YEAR)));
        }
        return em.createNamedQuery(CalendarDay.BETWEEN, CalendarDay.class)
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31))
                .getResultStream().map(DayView::of).toList();
    }

    /** Marks the day a holiday or a swapped working day, replacing what it was. */
    public DayView put(String date, DayInput input) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = parseDate(date, errors);
        DayKind kind = null;
        try {
            kind = input.kind() == null ? null : DayKind.valueOf(input.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (kind == null) {
            errors.add(FieldError.of("kind", "calendar.kind.unknown"));
        }
        String nameZh = name(input.nameZh(), "nameZh", errors);
        String nameEn = name(input.nameEn(), "nameEn", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CalendarDay existing = em.find(CalendarDay.class, day);
        if (existing != null) {
            existing.change(kind, nameZh, nameEn);
            revisions.moved(Revisions.WORKING_CALENDAR);
            return DayView.of(existing);
        }
        CalendarDay created = new CalendarDay(day, kind, nameZh, nameEn);
        em.persist(created);
        revisions.moved(Revisions.WORKING_CALENDAR);
        return DayView.of(created);
    }

    /** The day follows the weekday rule again. */
    public void remove(String date) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = parseDate(date, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CalendarDay existing = em.find(CalendarDay.class, day);
        if (existing == null) {
            throw new NotFoundException();
        }
        em.remove(existing);
        revisions.moved(Revisions.WORKING_CALENDAR);
    }

    private static LocalDate parseDate(String date, List<FieldError> errors) {
        try {
            LocalDate day = LocalDate.parse(date);
            if (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR) {
                return day;
            }
        } catch (DateTimeParseException | NullPointerException e) {
            // reported below
        }
        errors.add(FieldError.of("date", "calendar.date.format", String.valueOf(date)));
        return null;
    }

    private static String name(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_NAME) {
            errors.add(FieldError.of(field, "calendar.name.required", MAX_NAME));
            return null;
        }
        return text.strip();
    }

    /** @param kind HOLIDAY or WORKDAY */
    public record DayInput(String kind, String nameZh, String nameEn) {
    }

    public record DayView(LocalDate date, String kind, String nameZh, String nameEn) {
        static DayView of(CalendarDay day) {
            return new DayView(day.day(), day.kind().name(), day.nameZh(), day.nameEn());
        }
    }
}
