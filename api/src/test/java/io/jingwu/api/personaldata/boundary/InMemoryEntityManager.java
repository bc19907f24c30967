package io.jingwu.api.personaldata.boundary;

import io.jingwu.api.personaldata.entity.PersonalDataRead;
import io.jingwu.api.requests.entity.ServiceRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Just enough of an entity manager for the facade: requests found by id, what was persisted, reads by request. */
final class InMemoryEntityManager {

    final Map<Long, ServiceRequest> requests = new HashMap<>();
    final List<Object> persisted = new ArrayList<>();

    EntityManager proxy() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> args[0] == ServiceRequest.class ? requests.get((Long) args[1]) : null;
                    case "persist" -> persisted.add(args[0]) ? null : null;
                    case "createNamedQuery" -> readsQuery((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    List<PersonalDataRead> reads() {
        return persisted.stream().filter(PersonalDataRead.class::isInstance).map(PersonalDataRead.class::cast).toList();
    }

    private TypedQuery<?> readsQuery(String name) {
        if (!PersonalDataRead.OF_REQUEST.equals(name)) {
            throw new UnsupportedOperationException(name);
        }
        Map<String, Object> parameters = new HashMap<>();
        return (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{TypedQuery.class},
                (query, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        parameters.put((String) args[0], args[1]);
                        yield query;
                    }
                    case "getResultList" -> matching(parameters);
                    case "getResultStream" -> matching(parameters).stream();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private List<PersonalDataRead> matching(Map<String, Object> parameters) {
        long requestId = ((Number) parameters.get("requestId")).longValue();
        return reads().stream().filter(read -> read.requestId() == requestId).toList();
    }
}
