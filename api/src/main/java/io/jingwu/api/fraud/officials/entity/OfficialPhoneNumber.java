package io.jingwu.api.fraud.officials.entity;

import io.jingwu.api.platform.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A public phone number of a police unit, or a national police line (110, 96110): reference data, so that a citizen
 * can learn whether a caller's number is one the police publish. Stored in the form {@code CallerNumber} normalises
 * a number to.
 */
@Entity
@Table(name = "official_phone_numbers")
@NamedQuery(name = OfficialPhoneNumber.BY_PHONE, query = "SELECT o FROM OfficialPhoneNumber o WHERE o.phone = :phone ORDER BY o.id")
public class OfficialPhoneNumber {

    public static final String BY_PHONE = "OfficialPhoneNumber.byPhone";

    @Id
    private Long id;

    private String phone;

    @Column(name = "label_zh")
    private String labelZh;

    @Column(name = "label_en")
    private String labelEn;

    @Column(name = "label_ru")
    private String labelRu;

    protected OfficialPhoneNumber() {
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
