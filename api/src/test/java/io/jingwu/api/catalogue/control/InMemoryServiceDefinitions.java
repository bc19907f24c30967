package io.jingwu.api.catalogue.control;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.catalogue.entity.ServiceDefinition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue's storage without a database, for tests above it: same contract, revision included. */
public class InMemoryServiceDefinitions extends ServiceDefinitions {

    private final Map<String, ServiceDefinition> stored = new LinkedHashMap<>();
    private long revision = 1;
    public int loads;

    public InMemoryServiceDefinitions(ServiceDefinition... definitions) {
        for (ServiceDefinition definition : definitions) {
            stored.put(key(definition.type(), definition.category()), definition);
        }
    }

    @Override
    public long revision() {
        return revision;
    }

    @Override
    public List<ServiceDefinition> all() {
        loads++;
        List<ServiceDefinition> all = new ArrayList<>(stored.values());
        all.sort(Comparator.comparing(ServiceDefinition::type).thenComparing(ServiceDefinition::position)
                .thenComparing(ServiceDefinition::category));
        return all;
    }

    @Override
    public Optional<ServiceDefinition> find(RequestType type, String category) {
        return Optional.ofNullable(stored.get(key(type, category)));
    }

    @Override
    public boolean save(ServiceDefinition definition) {
        revision++;
        ServiceDefinition previous = stored.put(key(definition.type(), definition.category()), definition);
        if (previous != null) {
            definition.replaces(previous);
        }
        return previous == null;
    }

    private static String key(RequestType type, String category) {
        return type + "/" + category;
    }
}
