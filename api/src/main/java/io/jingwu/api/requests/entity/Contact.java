package io.jingwu.api.requests.entity;

import io.jingwu.api.platform.crypto.EncryptedText;
import io.jingwu.api.platform.crypto.LookupHashes;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * Who submitted a request and how to reach them. Name and phone are stored encrypted; the phone can still be found
 * by its keyed hash, computed as the request is first stored (the key is the server's, not the caller's).
 */
@Embeddable
public class Contact {

    @Column(name = "contact_name")
    @Convert(converter = EncryptedText.class)
    private String name;

    /** In E.164. */
    @Column(name = "contact_phone")
    @Convert(converter = EncryptedText.class)
    private String phone;

    @Column(name = "contact_phone_hash", updatable = false)
    private String phoneHash;

    protected Contact() {
    }

    private Contact(String name, String phone, String phoneHash) {
        this.name = name;
        this.phone = phone;
        this.phoneHash = phoneHash;
    }

    /** @param phone in E.164 */
    static Contact of(String name, String phone) {
        return new Contact(name, phone, null);
    }

    /** The same contact with the phone's lookup hash ({@link LookupHashes#phone}). */
    Contact withPhoneHash() {
        return new Contact(name, phone, LookupHashes.phone(phone));
    }

    public String name() {
        return name;
    }

    /** In E.164 ({@code +8613800138000}). */
    public String phone() {
        return phone;
    }

    /** The keyed hash of the phone ({@link LookupHashes#phone}), set when the request is first stored. */
    public String phoneHash() {
        return phoneHash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Contact that && Objects.equals(name, that.name) && Objects.equals(phone, that.phone)
                && Objects.equals(phoneHash, that.phoneHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, phone, phoneHash);
    }

    /** Names no personal data: a contact may end up in a log. */
    @Override
    public String toString() {
        return "Contact[hash " + phoneHash + "]";
    }
}
