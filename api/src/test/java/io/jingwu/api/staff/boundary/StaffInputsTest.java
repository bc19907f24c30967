package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.validation.InputChecks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules an account's name and display name declare, for the REST API and the administrators' page alike. */
class StaffInputsTest {

    static Map<String, String> refusal(Object input) {
        return InputChecks.standalone().errors(input).stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::messageKey));
    }

    static NewStaffUser user(String username, String displayName) {
        return new NewStaffUser(username, displayName, "a long enough password", List.of("CLERK"), List.of("HUZ-ZL-PS"));
    }

    @Test
    void aUserNameIsWrittenAsStoredOnceTrimmedAndLowerCased() {
        assertEquals(Map.of(), refusal(user(" Wang.Xm ", "王晓明")));
        assertEquals(Map.of("username", "staff.username.format"), refusal(user("1wang", "王晓明")));
        assertEquals(Map.of("username", "staff.username.format"), refusal(user("wa", "王晓明")));
        assertEquals(Map.of("username", "staff.username.format"), refusal(user("w" + "a".repeat(64), "王晓明")));
        FieldError error = InputChecks.standalone().errors(user("王", "王晓明")).get(0);
        assertEquals("A user name has 3 to 64 characters: lower-case letters, digits, dots, dashes and underscores, starting with a letter.",
                error.message(Language.EN));
    }

    @Test
    void aNewAccountNeedsANameAndADisplayNameOfLimitedLength() {
        assertEquals(Map.of("username", "staff.username.required", "displayName", "staff.displayName.required"),
                refusal(user(" ", null)));
        assertEquals(Map.of("displayName", "staff.displayName.length"), refusal(user("wang", "王".repeat(101))));
    }

    @Test
    void aChangeLeavesTheDisplayNameOutOrGivesOne() {
        assertEquals(Map.of(), refusal(new StaffUserChange(null, List.of("ADMIN"), null, null)));
        assertEquals(Map.of("displayName", "staff.displayName.required"), refusal(new StaffUserChange(" \n ", null, null, null)));
        assertEquals(Map.of("displayName", "staff.displayName.length"), refusal(new StaffUserChange("王".repeat(101), null, null, null)));
        assertEquals(Map.of(), refusal(new StaffUserChange("王\n晓明", null, null, null)));
    }

    @Test
    void signingInNeedsANameAndAPasswordTakenAsTyped() {
        assertEquals(Map.of("username", "signIn.username.required", "password", "signIn.password.required"),
                refusal(new TokenRequest(" ", "")));
        assertEquals(Map.of(), refusal(new TokenRequest("wang", " ")), "a password of spaces is for the sign-in to judge");
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOneAsTyped() {
        assertEquals(Map.of("currentPassword", "staff.currentPassword.required"), refusal(new PasswordChange("", "new one")));
        assertEquals(Map.of(), refusal(new PasswordChange(" ", "new one")));
        assertEquals("请填写当前密码。", InputChecks.standalone().errors(new PasswordChange(null, "x")).get(0).message(Language.ZH));
    }
}
