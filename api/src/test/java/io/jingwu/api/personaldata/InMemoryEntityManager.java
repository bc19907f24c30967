package io.jingwu.api.personaldata;

import io.jingwu.api.personaldata.entity.PersonalDataRead;
import io.jingwu.api.requests.entity.ServiceRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Just enough of an entity manager for this feature's facades and controls, without a database: requests
 * found by id or tracking number, what was persisted, the reads of a request.
 */
public final class InMemoryEntityManager {

    public final Map<Long, ServiceRequest> requests = new HashMap<>();
    public final List<Object> persisted = new ArrayList<>();

    public EntityManager proxy() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> args[0] == ServiceRequest.class ? requests.get((Long) args[1]) : null;
                    case "persist" -> {
                        persisted.add(args[0]);
                        yield null;
                    }
                    case "createNamedQuery" -> query((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    public List<PersonalDataRead> reads() {
        return persisted.stream().filter(PersonalDataRead.class::isInstance).map(PersonalDataRead.class::cast).toList();
    }

    private TypedQuery<?> query(String name) {
        Map<String, Object> parameters = new HashMap<>();
        return (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{TypedQuery.class},
                (query, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        parameters.put((String) args[0], args[1]);
                        yield query;
                    }
                    case "getResultList" -> results(name, parameters);
                    case "getResultStream" -> results(name, parameters).stream();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private List<?> results(String name, Map<String, Object> parameters) {
        return switch (name) {
            case PersonalDataRead.OF_REQUEST -> reads().stream()
                    .filter(read -> read.requestId() == ((Number) parameters.get("requestId")).longValue())
                    .toList();
            case ServiceRequest.BY_TRACKING_NUMBER -> requests.values().stream()
                    .filter(request -> Objects.equals(request.trackingNumber().value(), parameters.get("trackingNumber")))
                    .toList();
            default -> throw new UnsupportedOperationException(name);
        };
    }
}
