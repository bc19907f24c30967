package io.jingwu.portal.report.boundary;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.divisions.control.Divisions.DivisionChoice;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A division picked in the place field travels as its code. A CDI bean, so that it can look divisions up. */
@Named("divisionChoiceConverter")
@ApplicationScoped
public class DivisionChoiceConverter implements Converter<DivisionChoice> {

    @Inject
    Divisions divisions;

    @Override
    public DivisionChoice getAsObject(FacesContext context, UIComponent component, String code) {
        return divisions.find(code).map(d -> new DivisionChoice(d.code(), divisions.fullName(d.code()))).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, DivisionChoice choice) {
        return choice == null ? "" : choice.code();
    }
}
