package io.jingwu.api.casework.boundary;

import io.jingwu.api.requests.boundary.Requests;

import io.jingwu.api.casework.boundary.StaffRequestView;

import io.jingwu.api.requests.boundary.RequestReceipt;

import io.jingwu.api.personaldata.boundary.PersonalData;
import io.jingwu.api.personaldata.boundary.RevealedPersonalData;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.repeats.boundary.RepeatCluster;
import io.jingwu.api.repeats.boundary.Repeats;
import io.jingwu.api.requests.control.RequestFinder;
import io.jingwu.api.requests.control.RequestInput;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.requests.entity.EventAction;
import io.jingwu.api.requests.entity.ForbiddenMove;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What staff do with a request besides moving it: read it (their own units' only; any other is 404, as if it
 * did not exist), reveal its personal data for a stated purpose, and enter a request a citizen phoned in.
 */
@ApplicationScoped
@Transactional
public class StaffRequests {

    @Inject
    Requests requests;

    @Inject
    PersonalData personalData;

    @Inject
    RequestFinder finder;

    @Inject
    Repeats repeats;

    public StaffRequestView view(TrackingNumber number, StaffActor actor, Language language) {
        ServiceRequest request = finder.reachableBy(number, actor);
        return StaffRequestView.of(request, repeats.summaryOf(request), language);
    }

    /** The requests linked to one of the actor's units' requests as repeats; other units' ones without their number. */
    public RepeatCluster repeats(TrackingNumber number, StaffActor actor, Language language) {
        return repeats.cluster(number, actor, language);
    }

    public RevealedPersonalData reveal(TrackingNumber number, StaffActor actor, String purpose) {
        return personalData.reveal(finder.reachableBy(number, actor).id(), actor, purpose);
    }

    /** A request taken on the phone by a clerk: the citizen's words, the same rules as every channel. */
    public RequestReceipt enterByPhone(RequestInput input, StaffActor clerk, Language fallback) {
        if (!clerk.isClerk()) {
            throw new ForbiddenMove(EventAction.SUBMITTED, clerk.username());
        }
        return requests.submit(input, Channel.PHONE, fallback);
    }

}
