package io.jingwu.portal.admin.boundary;

import io.jingwu.api.catalogue.boundary.Catalogue;
import io.jingwu.api.catalogue.control.ServiceSpec;
import io.jingwu.api.catalogue.entity.DataType;
import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.units.entity.UnitKind;
import io.jingwu.portal.forms.boundary.FieldMessages;
import io.jingwu.portal.i18n.boundary.Labels;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /workbench/admin/services.xhtml}: the service catalogue every form, chatbot question and Open311 definition
 * is generated from. An administrator adds a service or changes one as a whole (its texts, the unit kinds that
 * handle it, its questions with their limits and choices); the catalogue's rules judge the definition on saving,
 * every refusal is shown beside its input and listed above the button, and nothing is stored until all hold. A
 * saved definition applies to the next request on every instance, without a redeploy.
 */
@Named("servicesPage")
@ViewScoped
public class ServicesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    @Inject
    Labels labels;

    @Inject
    LanguageSelection language;

    private transient List<ServiceSpec> definitions;
    private ServiceDraft draft;
    /** The last refusal, by the API's field path ({@code fields[1].texts.zh.label}). */
    private Map<String, String> errors = Map.of();

    /** Every definition, active or withdrawn, by type and then in the order offered. */
    public List<ServiceSpec> getDefinitions() {
        if (definitions == null) {
            definitions = catalogue.definitions().stream()
                    .sorted(Comparator.comparing((ServiceSpec s) -> RequestType.valueOf(s.type()))
                            .thenComparing(ServiceSpec::position).thenComparing(ServiceSpec::category))
                    .toList();
        }
        return definitions;
    }

    /** The service's name in the admin's language, else along its fallbacks, as the published catalogue picks it. */
    public String name(ServiceSpec spec) {
        return language().firstAvailable(l -> Optional.ofNullable(spec.texts().get(l.tag())))
                .map(ServiceSpec.ServiceTextSpec::name).orElse(spec.category());
    }

    public void edit(ServiceSpec spec) {
        draft = catalogue.definition(spec.type(), spec.category()).map(ServiceDraft::of).orElse(null);
        errors = Map.of();
    }

    public void create() {
        draft = ServiceDraft.blank();
        errors = Map.of();
    }

    public void cancel() {
        draft = null;
        errors = Map.of();
    }

    public void save() {
        try {
            Catalogue.Defined defined = catalogue.define(draft.getType(), draft.getCategory(), draft.toSpec());
            FieldMessages.saved(defined.created() ? "admin.services.created" : "admin.services.saved",
                    defined.definition().type() + "/" + defined.definition().category());
            draft = null;
            errors = Map.of();
            definitions = null;
        } catch (InvalidInputException e) {
            errors = FieldMessages.byField(e, language());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /* A change of the questions' or unit kinds' order renumbers them: the last refusals no longer point right. */

    public void addField() {
        draft.addField();
        errors = Map.of();
    }

    public void removeField(int index) {
        draft.removeField(index);
        errors = Map.of();
    }

    public void moveFieldUp(int index) {
        draft.moveUp(index);
        errors = Map.of();
    }

    public void addUnitKind() {
        draft.addUnitKind();
        errors = Map.of();
    }

    public void removeUnitKind(int index) {
        draft.removeUnitKind(index);
        errors = Map.of();
    }

    /** The refusal of exactly this path ({@code texts} when a language is missing), or null. */
    public String errorAt(String path) {
        return errors.get(path);
    }

    /** The refusal of exactly a question ({@code ""}) or one of its parts ({@code ".texts"}), or null. */
    public String fieldErrorAt(int index, String part) {
        return errors.get("fields[" + index + "]" + part);
    }

    /** The refusals of one input and everything under it ({@code fields[0]} covers its texts and choices). */
    public String errorsUnder(String path) {
        String joined = errors.entrySet().stream()
                .filter(e -> e.getKey().equals(path) || e.getKey().startsWith(path + ".")
                        || e.getKey().startsWith(path + "["))
                .map(Map.Entry::getValue)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    /** The refusals of one of a question's inputs ({@code code}, {@code texts.zh}, {@code limits}, ...). */
    public String fieldError(int index, String input) {
        return errorsUnder("fields[" + index + "]" + (input.isEmpty() ? "" : "." + input));
    }

    /** Every refusal of the last save, each with where it lies in words ("问题 2 · 中文 · 标签"). */
    public List<String> getErrorSummary() {
        return errors.entrySet().stream()
                .map(e -> DefinitionPaths.describe(e.getKey(), draft) + ": " + e.getValue())
                .toList();
    }

    public List<String> getTypes() {
        return Arrays.stream(RequestType.values()).map(Enum::name).toList();
    }

    public String typeLabel(String type) {
        return type == null ? "" : labels.type(RequestType.valueOf(type), language());
    }

    public List<String> getPriorities() {
        return Arrays.stream(Priority.values()).map(Enum::name).toList();
    }

    public List<String> getUnitKinds() {
        return Arrays.stream(UnitKind.values()).map(Enum::name).toList();
    }

    public List<String> getDataTypes() {
        return Arrays.stream(DataType.values()).map(Enum::name).toList();
    }

    private Language language() {
        return language.current();
    }

    public ServiceDraft getDraft() {
        return draft;
    }
}
