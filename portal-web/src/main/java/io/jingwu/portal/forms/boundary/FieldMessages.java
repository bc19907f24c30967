package io.jingwu.portal.forms.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows the API's field errors, in the user's language, beside the inputs of the same name in a form
 * ({@code form:field}) or beside the inputs a page names for them; an error about no input of the form (e.g. a
 * rule that ties with another) is shown above the form.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(String form, InvalidInputException refusal, Language language) {
        show(form, refusal.errors(), language);
    }

    public static void show(String form, List<FieldError> errors, Language language) {
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

    /**
     * @param components the client id of the input that shows each API field's error; an error of a field not
     *                   named here is shown above the form
     */
    public static void show(InvalidInputException refused, Map<String, String> components, Language language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : refused.errors()) {
            String text = error.message(language);
            faces.addMessage(components.get(error.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    /**
     * The refusals by the API's field name ({@code description}, {@code fields[1].code}), in the user's language,
     * several of one field in one line: for pages that show each beside its own input themselves.
     */
    public static Map<String, String> byField(InvalidInputException refused, Language language) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldError error : refused.errors()) {
            shown.merge(error.field(), error.message(language), (a, b) -> a + " " + b);
        }
        return shown;
    }

    /** A confirmation above the forms, from the portal's texts. */
    public static void saved(String key, Object... args) {
        above(FacesMessage.SEVERITY_INFO, key, args);
    }

    /** A refusal above the forms, from the portal's texts. */
    public static void refused(String key, Object... args) {
        above(FacesMessage.SEVERITY_ERROR, key, args);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void above(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = MessageFormat.format(faces.getApplication().getResourceBundle(faces, "msg").getString(key), args);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    /** "A, B ,C" -> [A, B, C]; a blank text is no entry at all. */
    public static List<String> entries(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[,，\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
