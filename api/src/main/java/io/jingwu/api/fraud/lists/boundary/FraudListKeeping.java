package io.jingwu.api.fraud.lists.boundary;

import io.jingwu.api.fraud.lists.control.FraudLists;
import io.jingwu.api.fraud.lists.entity.ListEntry;
import io.jingwu.api.fraud.lists.entity.ListEntryRead;
import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeping the anti-fraud list: one list for every anti-fraud centre, kept by staff with the ANTI_FRAUD role (the
 * resource lets in no one else). Entries are added one by one or imported from a CSV file, all or nothing; taken off
 * but never deleted; shown masked, and a full value is shown only with a purpose, which is recorded.
 */
@ApplicationScoped
@Transactional
public class FraudListKeeping {

    /** The CSV columns, in the header every import file starts with. */
    public static final List<String> CSV_HEADER = List.of("kind", "value", "source", "listedOn", "expiresOn");
    public static final int IMPORT_MAX_LINES = 5000;
    public static final int PAGE_MAX = 200;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    InputCheck inputCheck;

    @Inject
    FraudLists lists;

    @Inject
    Clock clock;

    /** What an import did. */
    public record Imported(int added, int alreadyListed) {
    }

    /**
     * @throws InvalidInputException when the entry breaks a rule
     * @throws AlreadyListedException when the value is on the list already
     */
    public ListEntryView add(ListEntryInput input, StaffActor keeper) {
        ListEntryRules.Checked checked = checked(input);
        if (!lists.inForce(List.of(checked.value())).isEmpty()) {
            throw new AlreadyListedException();
        }
        ListEntry listed = persist(checked, input.source(), keeper);
        em.flush(); // the view shows the entry's id, which the database assigns
        return ListEntryView.of(listed, lists.today());
    }

    /**
     * Every line is checked before anything is added: a file with a broken line adds nothing, and the errors name
     * their lines. A value already on the list (or twice in the file) is counted, not added again.
     *
     * @throws InvalidInputException with every broken rule of every line
     */
    public Imported importCsv(Reader csv, StaffActor keeper) {
        List<FieldError> errors = new ArrayList<>();
        List<ListEntryInput> inputs = parse(csv, errors);
        List<ListEntryRules.Checked> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String line = "line " + (i + 2) + ".";
            List<FieldError> lineErrors = new ArrayList<>(inputCheck.errors(inputs.get(i)));
            ListEntryRules.check(inputs.get(i), lists.today(), lineErrors)
                    .filter(entry -> lineErrors.isEmpty()).ifPresent(checked::add);
            lineErrors.forEach(error -> errors.add(prefixed(line, error)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<String> seen = new HashSet<>();
        int added = 0;
        for (int i = 0; i < checked.size(); i++) {
            ListEntryRules.Checked entry = checked.get(i);
            if (seen.add(entry.value().hash()) && lists.inForce(List.of(entry.value())).isEmpty()) {
                persist(entry, inputs.get(i).source(), keeper);
                added++;
            }
        }
        return new Imported(added, checked.size() - added);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ListEntryView> list(ListKind kind, boolean withRemoved, int offset, int limit) {
        LocalDate today = lists.today();
        return em.createQuery("SELECT e FROM ListEntry e WHERE (:kind IS NULL OR e.kind = :kind)"
                        + (withRemoved ? "" : " AND e.removedAt IS NULL") + " ORDER BY e.id DESC", ListEntry.class)
                .setParameter("kind", kind)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(PAGE_MAX, limit)))
                .getResultStream().map(entry -> ListEntryView.of(entry, today)).toList();
    }

    /** Off the list from now on, kept for the record; empty when there is no such entry. */
    public Optional<ListEntryView> remove(long id, StaffActor keeper) {
        return Optional.ofNullable(em.find(ListEntry.class, id)).map(entry -> {
            entry.remove(keeper.username(), clock.instant());
            return ListEntryView.of(entry, lists.today());
        });
    }

    /**
     * The entry's value in full, with the read recorded in the same transaction.
     *
     * @throws InvalidInputException when the purpose is missing or too long
     */
    public Optional<String> reveal(long id, String purpose, StaffActor reader, String clientAddress) {
        if (purpose == null || purpose.isBlank() || purpose.length() > ListEntryRead.PURPOSE_MAX) {
            throw new InvalidInputException(List.of(FieldError.of("purpose", "fraud.list.purpose.required",
                    ListEntryRead.PURPOSE_MAX)));
        }
        return Optional.ofNullable(em.find(ListEntry.class, id)).map(entry -> {
            em.persist(ListEntryRead.of(entry.id(), reader.username(), purpose, clientAddress, clock.instant()));
            return entry.value();
        });
    }

    private ListEntryRules.Checked checked(ListEntryInput input) {
        List<FieldError> errors = new ArrayList<>(inputCheck.errors(input));
        Optional<ListEntryRules.Checked> checked = ListEntryRules.check(input, lists.today(), errors);
        if (!errors.isEmpty() || checked.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checked.get();
    }

    private ListEntry persist(ListEntryRules.Checked entry, String source, StaffActor keeper) {
        ListEntry listed = ListEntry.of(entry.value().kind(), entry.value().normalised(), entry.value().hash(),
                source.strip(), entry.listedOn(), entry.expiresOn(), keeper.username(), clock.instant());
        em.persist(listed);
        return listed;
    }

    private static FieldError prefixed(String line, FieldError error) {
        return new FieldError(line + error.field(), error.bundle(), error.messageKey(), error.args());
    }

    private static List<ListEntryInput> parse(Reader csv, List<FieldError> errors) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<ListEntryInput> inputs = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            if (!parser.getHeaderNames().equals(CSV_HEADER)) {
                errors.add(FieldError.of("file", "fraud.list.csv.header", String.join(",", CSV_HEADER)));
                return inputs;
            }
            for (CSVRecord record : parser) {
                if (inputs.size() == IMPORT_MAX_LINES) {
                    errors.add(FieldError.of("file", "fraud.list.csv.tooLong", IMPORT_MAX_LINES));
                    return inputs;
                }
                inputs.add(new ListEntryInput(cell(record, 0), cell(record, 1), cell(record, 2), cell(record, 3),
                        cell(record, 4)));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(FieldError.of("file", "fraud.list.csv.unreadable"));
        }
        return inputs;
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index) : null;
    }
}
