package io.jingwu.api.personaldata.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404, exactly as for a request that does not exist. */
@Provider
public class RequestNotReachableMapper implements ExceptionMapper<RequestNotReachableException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RequestNotReachableException e) {
        Language language = headers == null ? Language.DEFAULT : Language.negotiate(headers.getAcceptableLanguages());
        return Problem.response(404, "not-found", language);
    }
}
