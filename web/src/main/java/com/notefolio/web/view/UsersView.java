package com.notefolio.web.view;

import com.notefolio.web.security.Role;
import com.notefolio.web.security.SignedInUser;
import com.notefolio.web.security.UserAccount;
import com.notefolio.web.security.UserAccounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** ADMIN only: the users, their roles; add a user, change a role, set a password, disable an account. */
@Route("users")
@PageTitle("Users · Notefolio")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout {

    private final UserAccounts users;
    private final String me;
    final Grid<UserAccount> grid = new Grid<>();

    public UsersView(UserAccounts users, SignedInUser user) {
        this.users = users;
        this.me = user.name();
        setSizeFull();
        grid.setId("users");
        grid.addColumn(UserAccount::username).setHeader("User").setKey("username");
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setKey("role");
        grid.addComponentColumn(this::enabledBox).setHeader("Enabled").setKey("enabled");
        grid.addComponentColumn(a -> new Button("Set password", e -> passwordDialog(a.username())))
                .setHeader("").setKey("password");
        Button add = new Button("Add user", e -> addDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        add(new H2("Users"), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.all());
    }

    private ComboBox<Role> roleSelect(UserAccount account) {
        ComboBox<Role> role = new ComboBox<>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(PlainLabel::of);
        role.setValue(account.role());
        role.setEnabled(!account.username().equals(me));
        role.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                users.setRole(account.username(), e.getValue());
                refresh();
            }
        });
        return role;
    }

    private Checkbox enabledBox(UserAccount account) {
        Checkbox enabled = new Checkbox(account.enabled());
        // An administrator cannot lock themself out.
        enabled.setEnabled(!account.username().equals(me));
        enabled.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                users.setEnabled(account.username(), e.getValue());
            }
        });
        return enabled;
    }

    private void addDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add user");
        TextField name = new TextField("User name");
        name.setId("new-username");
        PasswordField password = new PasswordField("Password (at least " + UserAccounts.MIN_PASSWORD_LENGTH + ")");
        password.setId("new-password");
        ComboBox<Role> role = new ComboBox<>("Role", Role.values());
        role.setItemLabelGenerator(PlainLabel::of);
        role.setValue(Role.ANALYST);
        Button save = new Button("Add", e -> {
            try {
                users.create(name.getValue(), password.getValue(), role.getValue() == null ? Role.ANALYST : role.getValue());
                dialog.close();
                refresh();
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, password, role));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void passwordDialog(String username) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Password of " + username);
        PasswordField password = new PasswordField("New password");
        Button save = new Button("Set", e -> {
            try {
                users.setPassword(username, password.getValue());
                dialog.close();
            } catch (IllegalArgumentException ex) {
                password.setInvalid(true);
                password.setErrorMessage(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
