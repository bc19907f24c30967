package io.jingwu.api.divisions.control;

import io.jingwu.api.divisions.entity.Division;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Looks divisions up by code or by name, and spells out where a code lies ("浙江省 湖州市 吴兴区 织里镇"). The
 * divisions are reference data the application never changes: all of them (a few thousand) are held in memory
 * from their first use, so routing a request and spelling out its place read nothing.
 */
@ApplicationScoped
public class Divisions {

    /** 6 digits for GB/T 2260 (county and above), 9 for a township. */
    private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}");

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    private volatile Map<String, Division> byCode;

    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public Optional<Division> find(String code) {
        return isWellFormed(code) ? Optional.ofNullable(byCode().get(code)) : Optional.empty();
    }

    /** The division and its parents, from the province down, separated by spaces. */
    public String fullName(String code) {
        Map<String, Division> divisions = byCode();
        Deque<String> names = new ArrayDeque<>();
        for (Division d = code == null ? null : divisions.get(code); d != null;
             d = d.parentCode() == null ? null : divisions.get(d.parentCode())) {
            names.addFirst(d.name());
        }
        return String.join(" ", names);
    }

    private Map<String, Division> byCode() {
        Map<String, Division> loaded = byCode;
        if (loaded == null) {
            // read-only: shared, never part of the caller's transaction
            loaded = em.createQuery("SELECT d FROM Division d", Division.class)
                    .setHint("eclipselink.read-only", "true")
                    .getResultStream().collect(Collectors.toUnmodifiableMap(Division::code, d -> d));
            byCode = loaded;
        }
        return loaded;
    }

    /**
     * Where a code prefix lies: {@code 33} is 浙江省, {@code 3305} 湖州市 (the division a prefix spans is the
     * code padded with zeros to six digits).
     */
    public String fullNameOfPrefix(String prefix) {
        return fullName(prefix.length() >= 6 ? prefix : (prefix + "000000").substring(0, 6));
    }

    /** Divisions whose name contains the text, counties and above first; {@code limit} caps the answer. */
    public List<DivisionChoice> search(String text, int limit) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        if (isWellFormed(trimmed)) {
            return find(trimmed).map(d -> List.of(new DivisionChoice(d.code(), fullName(d.code())))).orElse(List.of());
        }
        String pattern = "%" + trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createNamedQuery(Division.BY_NAME, Division.class)
                .setParameter("pattern", pattern)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(d -> new DivisionChoice(d.code(), fullName(d.code())))
                .toList();
    }

    /** A division as a citizen picks it: its code and where it lies. */
    public record DivisionChoice(String code, String fullName) implements java.io.Serializable {
    }
}
