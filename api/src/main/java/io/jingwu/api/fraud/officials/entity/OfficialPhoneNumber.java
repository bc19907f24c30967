package io.jingwu.api.fraud.officials.entity;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Optional;

/**
 * A public phone number of a police unit, or a national police line (110, 96110): reference data, so that a citizen
 * can learn whether a caller's number is one the police publish. Stored in the form {@code CallerNumber} normalises
 * a number to.
 */
@Entity
@Table(name = "official_phone_numbers")
@NamedQuery(name = OfficialPhoneNumber.BY_PHONE, query = "SELECT o FROM OfficialPhoneNumber o WHERE o.phone = :phone ORDER BY o.id")
@NamedQuery(name = OfficialPhoneNumber.ALL, query = "SELECT o FROM OfficialPhoneNumber o LEFT JOIN FETCH o.unit ORDER BY o.phone, o.id")
public class OfficialPhoneNumber {

    public static final String BY_PHONE = "OfficialPhoneNumber.byPhone";
    public static final String ALL = "OfficialPhoneNumber.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    private String source;

    @Column(name = "label_zh")
    private String labelZh;

    @Column(name = "label_en")
    private String labelEn;

    @Column(name = "label_ru")
    private String labelRu;

    protected OfficialPhoneNumber() {
    }

    /**
     * @param phone as {@code CallerNumber} normalises it
     * @param unit  the unit whose number it is; null for a national line
     */
    public static OfficialPhoneNumber of(String phone, Unit unit, String labelZh, String labelEn, String labelRu,
                                         String source) {
        OfficialPhoneNumber number = new OfficialPhoneNumber();
        number.phone = phone;
        number.unit = unit;
        number.labelZh = labelZh;
        number.labelEn = labelEn;
        number.labelRu = labelRu == null || labelRu.isBlank() ? labelEn : labelRu;
        number.source = source;
        return number;
    }

    public Long id() {
        return id;
    }

    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }

    public String source() {
        return source;
    }

    public String phone() {
        return phone;
    }

    /** Whose number it is, as a citizen reads it: 湖州市公安局反诈中心值班电话. */
    public String label(Language language) {
        return switch (language) {
            case ZH -> labelZh;
            case EN -> labelEn;
            case RU -> labelRu;
        };
    }
}
