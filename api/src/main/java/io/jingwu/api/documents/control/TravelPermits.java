package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.DocumentError;
import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.documents.entity.ErrorField;
import io.jingwu.api.documents.entity.ParsedDocument;
import io.jingwu.api.documents.entity.ValidationResult;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The mainland travel permits of Hong Kong, Macao and Taiwan residents. Their numbers carry no check digit, so
 * only the shape is checked:
 * <ul>
 *     <li>港澳居民来往内地通行证 (回乡证): H (Hong Kong) or M (Macao) and 8 digits; older cards add 2 digits that
 *     count the issues.</li>
 *     <li>台湾居民来往大陆通行证 (台胞证): 8 digits since the 2015 card; older ones 10 digits, often written with a
 *     letter in brackets after them ({@code 1234567890(B)}).</li>
 * </ul>
 */
public final class TravelPermits {

    private static final Pattern HK_MACAO = Pattern.compile("[HM]\\d{8}(\\d{2})?");
    private static final Pattern TAIWAN = Pattern.compile("\\d{8}|\\d{10}(\\([A-Z]\\))?");

    public ValidationResult validate(String value, LocalDate today) {
        String number = ResidentIdNumbers.normalise(value).replace('（', '(').replace('）', ')');
        DocumentType type;
        if (HK_MACAO.matcher(number).matches()) {
            type = DocumentType.HK_MACAO_TRAVEL_PERMIT;
        } else if (TAIWAN.matcher(number).matches()) {
            type = DocumentType.TAIWAN_TRAVEL_PERMIT;
        } else {
            return ValidationResult.malformed(DocumentError.of(ErrorField.FORMAT, "identity.format.hmt-permit"));
        }
        return new Findings().result(ParsedDocument.of(type, number), today);
    }
}
