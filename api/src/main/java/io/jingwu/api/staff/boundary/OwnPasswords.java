package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.staff.control.PasswordHashes;
import io.jingwu.api.staff.control.PasswordPolicy;
import io.jingwu.api.staff.control.SignInAttempts;
import io.jingwu.api.staff.control.StaffSignIn;
import io.jingwu.api.staff.control.TooManySignInsException;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * A member of staff changes their own password, for the API and the workbench alike. The current password is
 * checked as a sign-in checks it, so that a stolen token cannot be used to guess it: the address's throttle and
 * the account's lockout count a wrong one. The new one must meet the policy and differ from the current one. As
 * after an administrator's reset, every token and session issued before ends.
 */
@ApplicationScoped
public class OwnPasswords {

    @Inject
    StaffSignIn signIn;

    @Inject
    PasswordHashes hashes;

    @Inject
    StaffUsers users;

    @Inject
    InputCheck inputs;

    /**
     * @return who the member now is, with the generation the caller's new token carries
     * @throws InvalidInputException    listing every broken rule, or that the current password is not right;
     *                                  nothing changed
     * @throws TooManySignInsException  when the client's address failed too often in the last minute
     */
    public SignInAttempts.SignedIn change(StaffActor actor, PasswordChange change) {
        if (change == null) {
            throw new InvalidInputException(List.of(FieldError.of("body", "staff.body.required")));
        }
        List<FieldError> errors = new ArrayList<>(inputs.errors(change));
        errors.addAll(PasswordPolicy.check("newPassword", change.newPassword(), actor.username()));
        if (errors.isEmpty() && change.newPassword().equals(change.currentPassword())) {
            errors.add(FieldError.of("newPassword", "staff.password.unchanged"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (signIn.signIn(actor.username(), change.currentPassword()).isEmpty()) {
            throw new InvalidInputException(List.of(FieldError.of("currentPassword", "staff.currentPassword.wrong")));
        }
        return users.replaceOwnPassword(actor.username(), hashes.hash(change.newPassword()))
                .orElseThrow(() -> new InvalidInputException(
                        List.of(FieldError.of("currentPassword", "staff.currentPassword.wrong"))));
    }
}
