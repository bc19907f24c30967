package io.jingwu.portal.admin.boundary;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.routing.boundary.RoutingRules;
import io.jingwu.api.routing.control.RequestRouter;
import io.jingwu.api.units.boundary.UnitView;
import io.jingwu.api.units.boundary.Units;
import io.jingwu.portal.forms.boundary.FieldMessages;
import io.jingwu.portal.i18n.boundary.Labels;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /workbench/admin/routing.xhtml}: the routing rules (type, category, division prefix -> unit), adding and
 * removing one, and a trial: which unit a sample request would reach and why, in the words the citizen is given.
 */
@Named("routingPage")
@ViewScoped
public class RoutingPage implements Serializable {

    @Inject
    RoutingRules rules;

    @Inject
    RequestRouter router;

    @Inject
    Units units;

    @Inject
    Divisions divisions;

    @Inject
    Labels labels;

    @Inject
    LanguageSelection language;

    private transient List<RoutingRules.RuleView> all;

    private String requestType;
    private String category;
    private String divisionPrefix;
    private String unitCode;

    private String trialType;
    private String trialCategory;
    private String trialDivision;
    /** What the last trial found: the unit (code and name) and the reason. */
    private String trialUnit;
    private String trialReason;

    public List<RoutingRules.RuleView> getRules() {
        if (all == null) {
            all = rules.all();
        }
        return all;
    }

    public List<String> getTypes() {
        return Arrays.stream(RequestType.values()).map(Enum::name).toList();
    }

    public String typeLabel(String type) {
        return type == null || type.isEmpty() ? null : labels.type(RequestType.valueOf(type), language());
    }

    public List<UnitView> getUnits() {
        return units.list().stream().filter(UnitView::active).toList();
    }

    /** Where a rule applies, by name: "浙江省 湖州市" for 3305. */
    public String place(RoutingRules.RuleView rule) {
        return rule.divisionPrefix().isEmpty() ? null : divisions.fullNameOfPrefix(rule.divisionPrefix());
    }

    public boolean isFallback(RoutingRules.RuleView rule) {
        return rule.requestType().isEmpty() && rule.category().isEmpty() && rule.divisionPrefix().isEmpty();
    }

    public void add() {
        try {
            RoutingRules.RuleView added = rules.add(new RoutingRules.RuleInput(requestType, category, divisionPrefix, unitCode));
            FieldMessages.saved("admin.routing.added", added.id(), added.unitCode());
            requestType = null;
            category = null;
            divisionPrefix = null;
            unitCode = null;
            all = null;
        } catch (InvalidInputException e) {
            FieldMessages.show("add", e, language());
        }
    }

    public void remove(RoutingRules.RuleView rule) {
        try {
            rules.remove(rule.id());
            FieldMessages.saved("admin.routing.removed", rule.id());
        } catch (InvalidInputException e) {
            FieldMessages.show("rules", e, language());
        } catch (jakarta.ws.rs.NotFoundException e) {
            // removed by another administrator a moment ago: the table read again shows it gone
        }
        all = null;
    }

    /** Routes the sample exactly as a new request would be routed; nothing is stored. */
    public void trial() {
        trialUnit = null;
        trialReason = null;
        String division = trialDivision == null ? "" : trialDivision.strip();
        if (trialType == null || !RequestType.isKnown(trialType)) {
            FieldMessages.show("trial", List.of(FieldError.of("trialType", "request.type.unknown",
                    List.of(RequestType.values()))), language());
            return;
        }
        if (!Divisions.isWellFormed(division)) {
            FieldMessages.show("trial", List.of(FieldError.ofDeclared("trialDivision", "request.divisionCode.format")), language());
            return;
        }
        if (divisions.find(division).isEmpty()) {
            FieldMessages.show("trial", List.of(FieldError.of("trialDivision", "request.divisionCode.unknown", division)),
                    language());
            return;
        }
        String sampleCategory = trialCategory == null ? "" : trialCategory.strip();
        try {
            RequestRouter.Route route = router.route(RequestType.valueOf(trialType), sampleCategory, division, language());
            trialUnit = route.rule().unit().code() + " · " + route.rule().unit().name(language());
            trialReason = route.reason();
        } catch (IllegalStateException e) {
            FieldMessages.refused("admin.routing.trial.none");
        }
    }

    private Language language() {
        return language.current();
    }

    public String getRequestType() {
        return requestType;
    }

    public void setRequestType(String requestType) {
        this.requestType = requestType;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDivisionPrefix() {
        return divisionPrefix;
    }

    public void setDivisionPrefix(String divisionPrefix) {
        this.divisionPrefix = divisionPrefix;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getTrialType() {
        return trialType;
    }

    public void setTrialType(String trialType) {
        this.trialType = trialType;
    }

    public String getTrialCategory() {
        return trialCategory;
    }

    public void setTrialCategory(String trialCategory) {
        this.trialCategory = trialCategory;
    }

    public String getTrialDivision() {
        return trialDivision;
    }

    public void setTrialDivision(String trialDivision) {
        this.trialDivision = trialDivision;
    }

    public String getTrialUnit() {
        return trialUnit;
    }

    public String getTrialReason() {
        return trialReason;
    }
}
