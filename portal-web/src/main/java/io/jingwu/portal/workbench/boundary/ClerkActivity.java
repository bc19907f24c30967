package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.staff.boundary.WorkbenchActivity;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Duration;
import java.util.Optional;

/**
 * Tells the server which workbench requests are the clerk's own: every page, form post and action, except those
 * whose source component is marked {@code <f:attribute name="workbench.background" value="true"/>} because the
 * page sends them by itself (the queue's poll, the session clock's sign-out). Every answer then says how long the
 * session has left ({@value #REMAINING}, in milliseconds), which the page's session clock counts down from.
 */
public class ClerkActivity implements PhaseListener {

    /** The attribute that marks a component whose requests are not the clerk's own. */
    public static final String BACKGROUND = "workbench.background";
    /** The answer's header with the session's time left. */
    public static final String REMAINING = "Workbench-Session-Remaining";

    private static final String WORKBENCH = "/workbench/";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view, and with it the request's source component, is known only after
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getServletPath() == null || !request.getServletPath().startsWith(WORKBENCH)) {
            return;
        }
        WorkbenchActivity activity = CDI.current().select(WorkbenchActivity.class).get();
        Optional<Duration> left = inBackground(faces) ? activity.remaining(request) : activity.ownRequest(request);
        left.ifPresent(remaining -> external.setResponseHeader(REMAINING, Long.toString(remaining.toMillis())));
    }

    private static boolean inBackground(FacesContext faces) {
        String source = faces.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        if (source == null || faces.getViewRoot() == null || !faces.getPartialViewContext().isAjaxRequest()) {
            return false;
        }
        boolean[] background = {false};
        faces.getViewRoot().invokeOnComponent(faces, source,
                (context, component) -> background[0] = marked(component));
        return background[0];
    }

    private static boolean marked(UIComponent component) {
        return Boolean.parseBoolean(String.valueOf(component.getAttributes().get(BACKGROUND)));
    }
}
