package io.jingwu.api.platform.idempotency;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** A body as plain maps with sorted keys, so that equal content serialises to equal text. */
final class Canonical {

    private Canonical() {
    }

    static Object of(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), of(v)));
            return sorted;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Canonical::of).toList();
        }
        if (value != null && value.getClass().isRecord()) {
            TreeMap<String, Object> components = new TreeMap<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    components.put(component.getName(), of(component.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return components;
        }
        return value;
    }
}
