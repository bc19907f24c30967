package io.jingwu.api.repeats.control;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.divisions.entity.Division;
import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.platform.crypto.Keyring;
import io.jingwu.api.repeats.entity.Fingerprint;
import io.jingwu.api.repeats.entity.RepeatKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The fingerprints of a request, computed from its plain text before it is stored encrypted: the phone by its
 * lookup hash, the place by a keyed hash of the division and the {@link Addresses#placeKey place key}, the text by
 * its keyed {@link SimHash}. A request without an address has no place fingerprint; one whose description holds no
 * letter or digit has no text fingerprint.
 */
@ApplicationScoped
public class Fingerprints {

    static final String PLACE_PURPOSE = "repeats/place";
    static final String TEXT_PURPOSE = "repeats/simhash-features/v1";

    @Inject
    Divisions divisions;

    /**
     * @param phoneHash the request's {@code contact_phone_hash}
     */
    public List<Fingerprint> of(String phoneHash, String divisionCode, String address, String description) {
        return of(Keyring.keys(), phoneHash, divisionCode, divisionNames(divisionCode), address, description);
    }

    static List<Fingerprint> of(DataKeys keys, String phoneHash, String divisionCode, List<String> divisionNames,
                                String address, String description) {
        List<Fingerprint> fingerprints = new ArrayList<>();
        if (phoneHash != null) {
            fingerprints.add(new Fingerprint(RepeatKind.SAME_PHONE, first64Bits(phoneHash)));
        }
        String place = address == null ? "" : Addresses.placeKey(address, divisionNames);
        if (!place.isEmpty()) {
            fingerprints.add(new Fingerprint(RepeatKind.SAME_PLACE,
                    first64Bits(keys.lookupHash(PLACE_PURPOSE, divisionCode + '\u0000' + place))));
        }
        if (description != null) {
            new SimHash(keys.purposeHash(TEXT_PURPOSE)).of(description)
                    .ifPresent(hash -> fingerprints.add(new Fingerprint(RepeatKind.SIMILAR_TEXT, hash)));
        }
        return fingerprints;
    }

    /** The division and its parents: the names an address may begin with. */
    private List<String> divisionNames(String divisionCode) {
        List<String> names = new ArrayList<>();
        Optional<Division> division = Optional.ofNullable(divisionCode).flatMap(divisions::find);
        while (division.isPresent() && names.size() < 8) {
            names.add(division.get().name());
            division = Optional.ofNullable(division.get().parentCode()).flatMap(divisions::find);
        }
        return names;
    }

    /** 64 bits of a keyed hash in hex: as good as the whole for matching, and one BIGINT to index. */
    private static long first64Bits(String hexHash) {
        return HexFormat.fromHexDigitsToLong(hexHash, 0, 16);
    }
}
