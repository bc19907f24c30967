package io.jingwu.api.platform.validation;

import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.FieldError;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Bean Validation's violations as the project's {@link FieldError}s, so that declared rules and the rules kept as
 * code reach every channel the same way:
 * <ul>
 *     <li>field: the property as the client names it (its JSON name), nested ones joined by dots
 *     ({@code fields.amount});</li>
 *     <li>message: the constraint's message template without braces, a key of the {@value #BUNDLE} bundles;</li>
 *     <li>arguments: the limits the constraint was given ({@code min}, {@code max}, {@code value}, in that order),
 *     those left at their defaults left out: {@code @TextLength(max = 50)} words "at most {0}" with 50,
 *     {@code @TextLength(min = 5, max = 2000)} "between {0} and {1}".</li>
 * </ul>
 * One error per field, as a person corrects one thing at a time: a missing value before any other complaint about
 * it; the errors come in the order the input declares its fields.
 */
public final class Violations {

    /** The messages of declared rules, one {@code ValidationMessages_<tag>.properties} per language. */
    public static final String BUNDLE = Messages.VALIDATION;

    private static final List<String> LIMITS = List.of("min", "max", "value");
    private static final Set<Class<? extends Annotation>> REQUIRED = Set.of(Required.class, NotNull.class, NotBlank.class, NotEmpty.class);

    private Violations() {
    }

    public static List<FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        Map<String, ConstraintViolation<?>> firstPerField = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.comparingInt(Violations::declared)
                        .thenComparing(Violations::field)
                        .thenComparing(v -> REQUIRED.contains(type(v)) ? 0 : 1)
                        .thenComparing(v -> type(v).getName()))
                .forEach(v -> firstPerField.putIfAbsent(field(v), v));
        return firstPerField.values().stream().map(Violations::fieldError).toList();
    }

    /**
     * The errors of an input, declared and kept as code, in the order the input declares its fields (a field's
     * own errors in their order), so that a form lists them top to bottom whichever rule found them.
     */
    public static List<FieldError> inDeclaredOrder(Class<?> input, List<FieldError> errors) {
        List<String> names = propertyNames(input);
        return errors.stream()
                .sorted(Comparator.comparingInt(e -> position(names, e.field().split("\\.", 2)[0])))
                .toList();
    }

    /**
     * Adds a field's declared errors to the errors found so far, for rules kept as code that check the fields in
     * order and skip a field whose declared rules already failed.
     *
     * @return whether the field had any
     */
    public static boolean addFor(String field, List<FieldError> declared, List<FieldError> errors) {
        List<FieldError> own = declared.stream().filter(e -> e.field().equals(field)).toList();
        errors.addAll(own);
        return !own.isEmpty();
    }

    static FieldError fieldError(ConstraintViolation<?> violation) {
        return new FieldError(field(violation), BUNDLE, key(violation.getMessageTemplate()), limits(violation.getConstraintDescriptor()));
    }

    private static String key(String template) {
        String trimmed = template.strip();
        return trimmed.startsWith("{") && trimmed.endsWith("}") ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    private static List<Object> limits(ConstraintDescriptor<?> descriptor) {
        Class<? extends Annotation> type = descriptor.getAnnotation().annotationType();
        Map<String, Object> attributes = descriptor.getAttributes();
        List<Object> args = new ArrayList<>();
        for (String name : LIMITS) {
            if (attributes.containsKey(name) && !Objects.equals(attributes.get(name), defaultOf(type, name))) {
                args.add(attributes.get(name));
            }
        }
        return args;
    }

    private static Object defaultOf(Class<? extends Annotation> type, String attribute) {
        try {
            return type.getMethod(attribute).getDefaultValue();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Class<? extends Annotation> type(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType();
    }

    /** The property path with the root's property under its JSON name; map keys and list indexes as members. */
    static String field(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        Class<?> owner = violation.getRootBeanClass();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKey() != null) {
                parts.add(String.valueOf(node.getKey()));
            } else if (node.getIndex() != null) {
                parts.add(String.valueOf(node.getIndex()));
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                parts.add(parts.isEmpty() ? jsonName(owner, node.getName()) : node.getName());
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    private static String jsonName(Class<?> type, String property) {
        try {
            JsonbProperty named = type.getDeclaredField(property).getAnnotation(JsonbProperty.class);
            if (named == null && type.isRecord()) {
                Method accessor = type.getMethod(property);
                named = accessor.getAnnotation(JsonbProperty.class);
            }
            return named == null || named.value().isEmpty() ? property : named.value();
        } catch (NoSuchFieldException | NoSuchMethodException e) {
            return property;
        }
    }

    /** Where the root property is declared among the input's fields: errors come in the order the form asks. */
    private static int declared(ConstraintViolation<?> violation) {
        Class<?> type = violation.getRootBeanClass();
        String first = null;
        for (Path.Node node : violation.getPropertyPath()) {
            first = node.getName();
            break;
        }
        return position(propertyNames(type), first == null ? null : jsonName(type, first));
    }

    private static int position(List<String> names, String field) {
        int index = names.indexOf(field);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** The input's properties under their JSON names, in the order it declares them. */
    private static List<String> propertyNames(Class<?> type) {
        List<String> names = type.isRecord()
                ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList()
                : Arrays.stream(type.getDeclaredFields()).map(java.lang.reflect.Field::getName).toList();
        return names.stream().map(name -> jsonName(type, name)).toList();
    }
}
