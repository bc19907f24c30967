package io.jingwu.api.divisions.control;

import io.jingwu.api.divisions.entity.Division;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Looks divisions up by code or by name, and spells out where a code lies ("浙江省 湖州市 吴兴区 织里镇"). */
@ApplicationScoped
public class Divisions {

    /** 6 digits for GB/T 2260 (county and above), 9 for a township. */
    private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}");

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public Optional<Division> find(String code) {
        return isWellFormed(code) ? Optional.ofNullable(em.find(Division.class, code)) : Optional.empty();
    }

    /** The division and its parents, from the province down, separated by spaces. */
    public String fullName(String code) {
        Deque<String> names = new ArrayDeque<>();
        for (Division d = em.find(Division.class, code); d != null;
             d = d.parentCode() == null ? null : em.find(Division.class, d.parentCode())) {
            names.addFirst(d.name());
        }
        return String.join(" ", names);
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
