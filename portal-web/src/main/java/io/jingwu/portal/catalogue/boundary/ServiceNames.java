package io.jingwu.portal.catalogue.boundary;

import io.jingwu.api.catalogue.boundary.Catalogue;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code #{services.name(type, category)}}: a request's service as the catalogue names it in the page's language,
 * so that no page shows a bare category code such as {@code neighbour-noise}. The code itself is the answer only
 * when the catalogue has never held the service.
 */
@Named("services")
@RequestScoped
public class ServiceNames {

    @Inject
    Catalogue catalogue;

    @Inject
    LanguageSelection language;

    /** @param type a request type's name, or the type itself */
    public String name(Object type, String category) {
        if (type == null || category == null) {
            return category;
        }
        return catalogue.serviceName(type.toString(), category, language.current()).orElse(category);
    }
}
