package io.jingwu.portal.admin.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.staff.boundary.NewPassword;
import io.jingwu.api.staff.boundary.NewStaffUser;
import io.jingwu.api.staff.boundary.StaffUserChange;
import io.jingwu.api.staff.boundary.StaffUserView;
import io.jingwu.api.staff.boundary.StaffUsers;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.portal.forms.boundary.FieldMessages;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /workbench/admin/users.xhtml}: every staff account, a form to create one, a dialog to change one (name,
 * roles, units) or set a new password, switching an account off or on.
 * The API checks every input before writing; its refusals appear beside the fields they concern.
 */
@Named("usersPage")
@ViewScoped
public class UsersPage implements Serializable {

    /** The page lists accounts from memory in pages of its table; an installation has hundreds, not millions. */
    private static final int MOST = 10_000;

    @Inject
    StaffUsers staffUsers;

    @Inject
    LanguageSelection language;

    private transient List<StaffUserView> users;

    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>();
    private String unitCodes;

    /** The account the change dialog is open for, and its inputs. */
    private String chosen;
    private String editDisplayName;
    private List<String> editRoles = new ArrayList<>();
    private String editUnitCodes;
    private String newPassword;

    public List<StaffUserView> getUsers() {
        if (users == null) {
            users = staffUsers.list(0, MOST, language());
        }
        return users;
    }

    /** Every role an account can have, as the API knows them: one list, never a copy that misses a new role. */
    public List<String> getAllRoles() {
        return Arrays.stream(StaffRole.values()).map(Enum::name).toList();
    }

    public String unitsOf(StaffUserView user) {
        return user.units().stream().map(StaffUserView.StaffUnit::code).collect(Collectors.joining(", "));
    }

    public void create() {
        try {
            StaffUserView created = staffUsers.create(new NewStaffUser(username, displayName, password, roles,
                    FieldMessages.entries(unitCodes)), language());
            FieldMessages.saved("admin.users.created", created.username());
            username = null;
            displayName = null;
            password = null;
            roles = new ArrayList<>();
            unitCodes = null;
            users = null;
        } catch (InvalidInputException e) {
            FieldMessages.show("create", e, language());
        }
    }

    /** Switches the account off (it can no longer sign in) or on again. */
    public void toggleActive(StaffUserView user) {
        try {
            staffUsers.change(user.username(), new StaffUserChange(null, null, null, !user.active()), language());
        } catch (InvalidInputException e) {
            FieldMessages.show("users", e, language());
        }
        users = null;
    }

    /** Opens the change dialog with what the account has now. */
    public void choose(StaffUserView user) {
        chosen = user.username();
        editDisplayName = user.displayName();
        editRoles = new ArrayList<>(user.roles());
        editUnitCodes = unitsOf(user);
        newPassword = null;
    }

    public void change() {
        try {
            staffUsers.change(chosen, new StaffUserChange(editDisplayName, editRoles,
                    FieldMessages.entries(editUnitCodes), null), language());
            FieldMessages.saved("admin.users.changed", chosen);
            users = null;
        } catch (InvalidInputException e) {
            FieldMessages.show("edit", e, language());
        }
    }

    /** Sets the password the administrator chose; the account's earlier sessions and tokens end. */
    public void resetPassword() {
        try {
            staffUsers.resetPassword(chosen, new NewPassword(newPassword));
            newPassword = null;
            FieldMessages.saved("admin.users.passwordReset", chosen);
        } catch (InvalidInputException e) {
            FieldMessages.show("reset", e, language());
        }
    }

    private Language language() {
        return language.current();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public String getUnitCodes() {
        return unitCodes;
    }

    public void setUnitCodes(String unitCodes) {
        this.unitCodes = unitCodes;
    }

    public String getChosen() {
        return chosen;
    }

    public String getEditDisplayName() {
        return editDisplayName;
    }

    public void setEditDisplayName(String editDisplayName) {
        this.editDisplayName = editDisplayName;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles == null ? new ArrayList<>() : editRoles;
    }

    public String getEditUnitCodes() {
        return editUnitCodes;
    }

    public void setEditUnitCodes(String editUnitCodes) {
        this.editUnitCodes = editUnitCodes;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
