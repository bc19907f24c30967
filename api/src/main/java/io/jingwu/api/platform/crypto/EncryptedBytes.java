package io.jingwu.api.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.function.Supplier;

/**
 * Stores a binary attribute encrypted ({@link FieldCipher#sealBytes}): apply with
 * {@code @Convert(converter = EncryptedBytes.class)} to BLOB columns that hold personal data, such as images a
 * citizen sends as evidence. The column holds 29 bytes more than the value.
 */
@Converter
public class EncryptedBytes implements AttributeConverter<byte[], byte[]> {

    private final Supplier<FieldCipher> cipher;

    /** For the persistence provider: the keys come from the {@link Keyring} when the first value is converted. */
    public EncryptedBytes() {
        this(() -> Keyring.keys().cipher());
    }

    EncryptedBytes(Supplier<FieldCipher> cipher) {
        this.cipher = cipher;
    }

    @Override
    public byte[] convertToDatabaseColumn(byte[] plain) {
        return plain == null ? null : cipher.get().sealBytes(plain);
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] sealed) {
        return sealed == null ? null : cipher.get().openBytes(sealed);
    }
}
