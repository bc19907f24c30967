package io.jingwu.portal.admin.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;

/**
 * Shows the API's field errors beside the inputs of the same name in a form ({@code form:field}); an error about
 * no input of the form (e.g. a rule that ties with another) is shown above the form.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    static void show(String form, InvalidInputException refusal, Language language) {
        show(form, refusal.errors(), language);
    }

    static void show(String form, List<FieldError> errors, Language language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : errors) {
            String clientId = form + ":" + error.field();
            UIComponent input = faces.getViewRoot().findComponent(clientId);
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(language), null);
            if (input instanceof UIInput field) {
                field.setValid(false);
                faces.addMessage(clientId, message);
            } else {
                faces.addMessage(null, message);
            }
        }
        faces.validationFailed();
    }

    /** A confirmation above the forms, from the portal's texts. */
    static void saved(String key, Object... args) {
        above(FacesMessage.SEVERITY_INFO, key, args);
    }

    /** A refusal above the forms, from the portal's texts. */
    static void refused(String key, Object... args) {
        above(FacesMessage.SEVERITY_ERROR, key, args);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void above(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = MessageFormat.format(faces.getApplication().getResourceBundle(faces, "msg").getString(key), args);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    /** "A, B ,C" -> [A, B, C]; a blank text is no entry at all. */
    static List<String> entries(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[,，\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
