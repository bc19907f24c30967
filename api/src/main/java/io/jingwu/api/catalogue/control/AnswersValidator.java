package io.jingwu.api.catalogue.control;

import io.jingwu.api.catalogue.entity.DataType;
import io.jingwu.api.catalogue.entity.FieldChoice;
import io.jingwu.api.catalogue.entity.FieldLimits;
import io.jingwu.api.catalogue.entity.ServiceDefinition;
import io.jingwu.api.catalogue.entity.ServiceField;
import io.jingwu.api.documents.control.DocumentValidation;
import io.jingwu.api.documents.entity.DocumentError;
import io.jingwu.api.documents.entity.ValidationResult;
import io.jingwu.api.platform.personal.PhoneNumbers;
import io.jingwu.api.platform.problems.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the answers of a submission (its {@code fields}, keyed by field code) against the service they
 * answer, the same way for every channel: a code the service does not ask is refused, a required answer must
 * be there, every answer must fit its data type, limits and allowed values. All problems are reported at once,
 * each against {@code fields.<code>}. Accepted answers come back normalised, in the service's order: text
 * stripped, whole numbers as numbers, amounts with two decimals, phones in E.164, identity numbers as the 18
 * characters, dates as ISO {@code 2025-03-01}, date-times as ISO in China's time
 * ({@code 2025-03-01T14:30:00+08:00}), choices in the catalogue's order, yes/no as booleans.
 * <p>
 * An answer may come as JSON of its natural kind or as text, as a form posts it: {@code 3500}, {@code "3500"},
 * {@code "3,500.50"} and {@code "¥3500元"} are all amounts; {@code "2025/3/1"} and {@code "2025年3月1日"} dates;
 * {@code "true"} a yes. An empty answer (null, blank, an empty list) counts as not given.
 */
@ApplicationScoped
public class AnswersValidator {

    /** China Standard Time, without daylight saving since 1991: the time citizens give. */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** Amounts beyond this are typing mistakes, whatever the field allows. */
    private static final BigDecimal MONEY_CEILING = new BigDecimal("10000000000000");
    private static final int CODE_ECHO_MAX = 64;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,15}(\\.0+)?");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");
    private static final Pattern AMOUNT_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern LOCAL_DATE_TIME =
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:T|\\s+)(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?");

    @Inject
    Clock clock;

    @Inject
    DocumentValidation documents;

    protected AnswersValidator() {
    }

    public AnswersValidator(Clock clock) {
        this.clock = clock;
        this.documents = new DocumentValidation(clock);
    }

    /** What the answers came to: normalised answers when accepted, else every problem found. */
    public record Verdict(Map<String, Object> answers, List<FieldError> errors) {

        public Verdict {
            answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
            errors = List.copyOf(errors);
        }

        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    /**
     * @param answers the submission's {@code fields}; null counts as none
     */
    public Verdict check(ServiceDefinition service, Map<String, ?> answers) {
        Map<String, ?> given = answers == null ? Map.of() : answers;
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(CHINA);
        Map<String, Object> normalised = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();

        for (ServiceField field : service.fields()) {
            Object answer = given.get(field.code());
            if (isEmpty(answer)) {
                if (field.required()) {
                    errors.add(FieldError.of(name(field.code()), "answer.required"));
                }
                continue;
            }
            try {
                normalised.put(field.code(), normalise(field, answer, now));
            } catch (Refusal refusal) {
                errors.add(FieldError.of(name(field.code()), refusal.key, refusal.args));
            }
        }
        for (String code : given.keySet()) {
            if (service.field(code).isEmpty()) {
                errors.add(FieldError.of(name(shortened(code)), "answer.unknown"));
            }
        }
        return new Verdict(errors.isEmpty() ? normalised : Map.of(), errors);
    }

    private Object normalise(ServiceField field, Object answer, OffsetDateTime now) {
        return switch (field.dataType()) {
            case TEXT, LONG_TEXT -> text(field, answer);
            case NUMBER -> wholeNumber(field, answer);
            case MONEY -> money(field, answer);
            case DATE -> date(field, answer, now.toLocalDate());
            case DATETIME -> dateTime(field, answer, now);
            case PHONE -> PhoneNumbers.normalise(scalarText(field, answer))
                    .orElseThrow(() -> new Refusal("answer.PHONE.format"));
            case ID_NUMBER -> identityNumber(field, answer);
            case CHOICE -> choice(field, answer);
            case MULTI_CHOICE -> choices(field, answer);
            case BOOLEAN -> yesNo(answer);
        };
    }

    private static String text(ServiceField field, Object answer) {
        String text = text(field.dataType(), answer);
        if (field.dataType() == DataType.TEXT && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            throw new Refusal("answer.TEXT.singleLine");
        }
        text = text.replace("\r\n", "\n");
        FieldLimits limits = field.limits();
        int length = text.codePointCount(0, text.length());
        Integer min = limits.minLength();
        int max = field.maxLength();
        if ((min != null && length < min) || length > max) {
            throw min == null || min <= 1
                    ? new Refusal("answer.length.max", max)
                    : new Refusal("answer.length.between", min, max);
        }
        Optional<Pattern> pattern = field.pattern();
        if (pattern.isPresent() && !pattern.get().matcher(text).matches()) {
            String key = limits.patternMessageKey();
            throw new Refusal(key == null ? "answer.pattern" : key);
        }
        return text;
    }

    private static long wholeNumber(ServiceField field, Object answer) {
        BigDecimal number;
        if (answer instanceof Number n) {
            number = decimal(n);
        } else if (answer instanceof String s && WHOLE_NUMBER.matcher(s.strip()).matches()) {
            number = new BigDecimal(s.strip());
        } else {
            throw new Refusal("answer.NUMBER.format");
        }
        if (number == null || number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(BigDecimal.TEN.pow(15)) >= 0) {
            throw new Refusal("answer.NUMBER.format");
        }
        inRange(field, number);
        return number.longValueExact();
    }

    private static BigDecimal money(ServiceField field, Object answer) {
        BigDecimal amount;
        if (answer instanceof Number n) {
            amount = decimal(n);
            if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new Refusal("answer.MONEY.format");
            }
        } else if (answer instanceof String s) {
            String cleaned = s.strip().replaceFirst("^(?:[¥￥]|RMB|CNY)\\s*", "").replaceFirst("\\s*元$", "");
            if (AMOUNT_GROUPED.matcher(cleaned).matches()) {
                cleaned = cleaned.replace(",", "");
            }
            if (!AMOUNT.matcher(cleaned).matches()) {
                throw new Refusal("answer.MONEY.format");
            }
            amount = new BigDecimal(cleaned);
        } else {
            throw new Refusal("answer.MONEY.format");
        }
        if (amount.compareTo(MONEY_CEILING) >= 0) {
            throw new Refusal("answer.MONEY.format");
        }
        inRange(field, amount);
        return amount.setScale(2);
    }

    private static void inRange(ServiceField field, BigDecimal value) {
        BigDecimal min = decimalLimit(field.limits().min());
        BigDecimal max = decimalLimit(field.limits().max());
        boolean tooSmall = min != null && value.compareTo(min) < 0;
        boolean tooLarge = max != null && value.compareTo(max) > 0;
        if (!tooSmall && !tooLarge) {
            return;
        }
        if (min != null && max != null) {
            throw new Refusal("answer.value.between", min, max);
        }
        throw tooSmall ? new Refusal("answer.value.min", min) : new Refusal("answer.value.max", max);
    }

    private static String date(ServiceField field, Object answer, LocalDate today) {
        Matcher m = DATE.matcher(chineseDateWords(text(DataType.DATE, answer)));
        if (!m.matches()) {
            throw new Refusal("answer.DATE.format");
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new Refusal("answer.DATE.format");
        }
        Optional<TemporalBound> min = TemporalBound.parse(field.limits().min());
        Optional<TemporalBound> max = TemporalBound.parse(field.limits().max());
        if (max.isPresent() && date.isAfter(max.get().date(today))) {
            throw max.get().isNow() ? new Refusal("answer.date.future") : new Refusal("answer.date.max", max.get().date(today).toString());
        }
        if (min.isPresent() && date.isBefore(min.get().date(today))) {
            throw new Refusal("answer.date.min", min.get().date(today).toString());
        }
        return date.toString();
    }

    private static String dateTime(ServiceField field, Object answer, OffsetDateTime now) {
        String text = text(DataType.DATETIME, answer);
        OffsetDateTime moment;
        try {
            moment = OffsetDateTime.parse(text).withOffsetSameInstant(CHINA);
        } catch (DateTimeParseException notIsoWithOffset) {
            moment = localDateTime(chineseDateWords(text)).atOffset(CHINA);
        }
        moment = moment.truncatedTo(ChronoUnit.SECONDS);
        Optional<TemporalBound> min = TemporalBound.parse(field.limits().min());
        Optional<TemporalBound> max = TemporalBound.parse(field.limits().max());
        if (max.isPresent() && moment.isAfter(max.get().dateTime(now, CHINA))) {
            throw max.get().isNow() ? new Refusal("answer.date.future") : new Refusal("answer.date.max", shown(max.get().dateTime(now, CHINA)));
        }
        if (min.isPresent() && moment.isBefore(min.get().dateTime(now, CHINA))) {
            throw new Refusal("answer.date.min", shown(min.get().dateTime(now, CHINA)));
        }
        return moment.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static LocalDateTime localDateTime(String text) {
        Matcher m = LOCAL_DATE_TIME.matcher(text);
        if (!m.matches()) {
            throw new Refusal("answer.DATETIME.format");
        }
        try {
            return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        } catch (DateTimeException e) {
            throw new Refusal("answer.DATETIME.format");
        }
    }

    /** {@code 2025年3月1日 14点30分} and {@code 2025/3/1} read as {@code 2025-3-1 14:30}. */
    private static String chineseDateWords(String text) {
        return text.replace('年', '-').replace('月', '-').replace("日", " ")
                .replace('/', '-').replace('.', '-')
                .replace('时', ':').replace('点', ':').replace('：', ':').replace("分", "")
                .strip();
    }

    private static String shown(OffsetDateTime moment) {
        return moment.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** By the same rules as the identity document checks, so a number gets one verdict on every channel. */
    private String identityNumber(ServiceField field, Object answer) {
        ValidationResult result = documents.identityNumber(scalarText(field, answer));
        if (result.valid()) {
            return result.document().number();
        }
        DocumentError first = result.errors().get(0);
        throw new Refusal(first.messageKey(), first.args().toArray());
    }

    /** Answered by the value's code, never by its label, which differs by language. */
    private static String choice(ServiceField field, Object answer) {
        return (answer instanceof String value ? field.choice(value.strip()) : Optional.<FieldChoice>empty())
                .map(FieldChoice::value)
                .orElseThrow(() -> new Refusal("answer.CHOICE.unknown", allowed(field)));
    }

    private static List<String> choices(ServiceField field, Object answer) {
        Collection<?> values = answer instanceof Collection<?> list ? list : List.of(answer);
        Set<String> chosen = new LinkedHashSet<>();
        for (Object value : values) {
            if (!chosen.add(choice(field, value))) {
                throw new Refusal("answer.MULTI_CHOICE.duplicate");
            }
        }
        return field.choices().stream().map(FieldChoice::value).filter(chosen::contains).toList();
    }

    private static boolean yesNo(Object answer) {
        if (answer instanceof Boolean b) {
            return b;
        }
        if (answer instanceof String s) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    break;
            }
        }
        throw new Refusal("answer.BOOLEAN.format");
    }

    private static String allowed(ServiceField field) {
        return field.choices().stream().map(FieldChoice::value).collect(Collectors.joining(", "));
    }

    /** A text answer; anything else is refused with the data type's own format message. */
    private static String text(DataType type, Object answer) {
        if (answer instanceof String s) {
            return s.strip();
        }
        throw new Refusal("answer." + type.name() + ".format");
    }

    /** Phones and identity numbers are often sent as JSON numbers: read them as their digits. */
    private static String scalarText(ServiceField field, Object answer) {
        if (answer instanceof Number n) {
            BigDecimal digits = decimal(n);
            if (digits != null && digits.scale() <= 0) {
                return digits.toPlainString();
            }
        }
        return text(field.dataType(), answer);
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return new BigDecimal(n.toString());
    }

    private static BigDecimal decimalLimit(String limit) {
        return limit == null || limit.isBlank() ? null : new BigDecimal(limit.strip());
    }

    private static boolean isEmpty(Object answer) {
        return answer == null
                || (answer instanceof String s && s.isBlank())
                || (answer instanceof Collection<?> c && c.isEmpty());
    }

    private static String name(String code) {
        return "fields." + code;
    }

    private static String shortened(String code) {
        return code.length() <= CODE_ECHO_MAX ? code : code.substring(0, CODE_ECHO_MAX) + "…";
    }

    /** One answer's problem; thrown only within this class, so it carries no stack trace. */
    private static final class Refusal extends RuntimeException {
        final String key;
        final Object[] args;

        Refusal(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }
}
