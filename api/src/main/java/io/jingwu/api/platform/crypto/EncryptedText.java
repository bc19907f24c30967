package io.jingwu.api.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.function.Supplier;

/**
 * Stores a text attribute encrypted ({@link FieldCipher}): apply with
 * {@code @Convert(converter = EncryptedText.class)} to every column that holds personal data (names, phones,
 * addresses, descriptions, notes, replies, messages). The column must be wide enough for the sealed form:
 * {@code 4 * ceil((29 + UTF-8 bytes) / 3)} ASCII characters, i.e. about 1.34 x the UTF-8 size plus 40; TEXT or
 * MEDIUMTEXT for free text. An encrypted column can no longer be searched or sorted in SQL: where equality
 * lookups are needed, store a {@link LookupHashes keyed hash} beside it.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final Supplier<FieldCipher> cipher;

    /** For the persistence provider: the keys come from the {@link Keyring} when the first value is converted. */
    public EncryptedText() {
        this(() -> Keyring.keys().cipher());
    }

    EncryptedText(Supplier<FieldCipher> cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String text) {
        return text == null ? null : cipher.get().seal(text);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return sealed == null ? null : cipher.get().open(sealed);
    }
}
