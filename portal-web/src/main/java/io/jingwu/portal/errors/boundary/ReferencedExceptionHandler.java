package io.jingwu.portal.errors.boundary;

import io.jingwu.api.platform.problems.Failures;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.FacesContext;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * PrimeFaces' handling of a page's unexpected failure (the error dialog of an AJAX action, the error page
 * otherwise), logging it the way the REST API does: once, under a reference that the dialog shows
 * ({@link #REFERENCE} in the request), so that a clerk can quote it and the log finds it.
 */
public class ReferencedExceptionHandler extends PrimeExceptionHandler {

    /** The request attribute holding the reference of the failure this request logged. */
    public static final String REFERENCE = "jingwuFailureReference";

    public ReferencedExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected void logException(Throwable rootCause) {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .put(REFERENCE, Failures.logged(rootCause));
    }
}
