package io.jingwu.api.personaldata.boundary;

import io.jingwu.api.platform.personal.Masking;
import io.jingwu.api.requests.entity.ServiceRequest;

/**
 * A request's contact details as lists and API responses show them by default: masked
 * ({@code 王*明}, {@code 138****5678}, {@code 浙江省湖州市****}); the full values only through
 * {@link PersonalData#reveal}.
 */
public record MaskedPersonalData(String contactName, String contactPhone, String address) {

    public static MaskedPersonalData of(ServiceRequest request) {
        return new MaskedPersonalData(Masking.name(request.contact().name()), Masking.phone(request.contact().phone()),
                Masking.address(request.address()));
    }
}
