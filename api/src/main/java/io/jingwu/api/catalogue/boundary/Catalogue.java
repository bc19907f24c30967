package io.jingwu.api.catalogue.boundary;

import io.jingwu.api.catalogue.control.DefinitionRules;
import io.jingwu.api.catalogue.control.ServiceCatalogue;
import io.jingwu.api.catalogue.control.ServiceDefinitions;
import io.jingwu.api.catalogue.control.ServiceSpec;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.catalogue.entity.ServiceDefinition;
import io.jingwu.api.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What the catalogue offers: the active services as forms are generated from them, for anyone; and, for
 * admins, each definition as a whole, to read and to replace. A replaced definition applies to the next
 * request on every instance.
 */
@ApplicationScoped
@Transactional
public class Catalogue {

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServiceDefinitions definitions;

    @Inject
    DefinitionRules rules;

    @Inject
    Clock clock;

    /**
     * @param type null for every type
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceList published(RequestType type, Language language, boolean allLanguages) {
        ServiceCatalogue.Snapshot current = catalogue.current();
        return new ServiceList(language.tag(), current.revision(), current.active().stream()
                .filter(s -> type == null || s.type() == type)
                .map(s -> PublishedService.of(s, language, allLanguages))
                .toList());
    }

    /** An active service; empty for an unknown type or category, or an inactive service. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublishedService> published(String type, String category, Language language, boolean allLanguages) {
        return find(type, category).filter(ServiceDefinition::isActive)
                .map(s -> PublishedService.of(s, language, allLanguages));
    }

    /**
     * A service's name in the language, withdrawn services included: requests keep the category they were filed
     * under after the catalogue stops offering it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> serviceName(String type, String category, Language language) {
        return find(type, category).map(s -> s.name(language));
    }

    /** The revision of the published catalogue, which names a version of every published document. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long revision() {
        return catalogue.current().revision();
    }

    /** Every definition, active or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceSpec> definitions() {
        return catalogue.current().services().stream().map(ServiceSpec::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServiceSpec> definition(String type, String category) {
        return find(type, category).map(ServiceSpec::of);
    }

    /**
     * Adds the service, or replaces its whole definition.
     *
     * @throws io.jingwu.api.platform.problems.InvalidInputException listing every problem; nothing is stored
     */
    public Defined define(String type, String category, ServiceSpec spec) {
        ServiceDefinition definition = rules.check(type, category, spec, clock.instant());
        boolean created = definitions.save(definition);
        return new Defined(created, ServiceSpec.of(definition));
    }

    /** A stored definition, and whether it was new. */
    public record Defined(boolean created, ServiceSpec definition) {
    }

    private Optional<ServiceDefinition> find(String type, String category) {
        if (type == null || !RequestType.isKnown(type) || category == null) {
            return Optional.empty();
        }
        return catalogue.current().find(RequestType.valueOf(type), category);
    }
}
