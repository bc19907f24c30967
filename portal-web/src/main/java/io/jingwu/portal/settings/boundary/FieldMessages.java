package io.jingwu.portal.settings.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Map;

/** Shows the API's field errors beside the fields of a form, in the admin's language. */
final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * @param components the client id of the field that shows each API field's error; an error of a field not
     *                   named here is shown in the form's general messages
     */
    static void show(InvalidInputException refused, Map<String, String> components, Language language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : refused.errors()) {
            String text = error.message(language);
            faces.addMessage(components.get(error.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }
}
