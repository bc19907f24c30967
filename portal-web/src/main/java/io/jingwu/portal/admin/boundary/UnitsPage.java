package io.jingwu.portal.admin.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.units.boundary.UnitInput;
import io.jingwu.api.units.boundary.UnitView;
import io.jingwu.api.units.boundary.Units;
import io.jingwu.api.units.entity.UnitKind;
import io.jingwu.portal.forms.boundary.FieldMessages;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /workbench/admin/units.xhtml}: every unit, a form to create one, switching a unit off or on. Routing sees
 * a change with the next request.
 */
@Named("unitsPage")
@ViewScoped
public class UnitsPage implements Serializable {

    @Inject
    Units units;

    @Inject
    LanguageSelection language;

    private transient List<UnitView> all;

    private String code;
    private String nameZh;
    private String nameEn;
    private String kind;
    private String jurisdiction;

    public List<UnitView> getUnits() {
        if (all == null) {
            all = units.list();
        }
        return all;
    }

    public List<String> getKinds() {
        return Arrays.stream(UnitKind.values()).map(Enum::name).toList();
    }

    public String name(UnitView unit) {
        return unit.name(language());
    }

    public void create() {
        try {
            UnitView created = units.create(new UnitInput(code, nameZh, nameEn, kind,
                    FieldMessages.entries(jurisdiction), true));
            FieldMessages.saved("admin.units.created", created.code());
            code = null;
            nameZh = null;
            nameEn = null;
            kind = null;
            jurisdiction = null;
            all = null;
        } catch (InvalidInputException e) {
            FieldMessages.show("create", e, language());
        }
    }

    /** Switches the unit off (routing and sign-up no longer choose it) or on again. */
    public void toggleActive(UnitView unit) {
        try {
            units.change(unit.id(), new UnitInput(unit.code(), unit.nameZh(), unit.nameEn(), unit.kind(),
                    unit.jurisdiction(), !unit.active()));
        } catch (InvalidInputException e) {
            FieldMessages.show("units", e, language());
        }
        all = null;
    }

    private Language language() {
        return language.current();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }
}
