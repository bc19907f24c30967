package io.jingwu.portal.errors.boundary;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link ReferencedExceptionHandler} in place of the one the factory it wraps would make. */
public class ReferencedExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ReferencedExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ReferencedExceptionHandler(getWrapped().getExceptionHandler());
    }
}
