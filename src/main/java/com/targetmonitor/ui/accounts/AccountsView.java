package com.targetmonitor.ui.accounts;

import com.targetmonitor.logic.account.AccountRole;
import com.targetmonitor.model.Unit;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import com.targetmonitor.ui.accounts.AccountsViewModel.Field;
import com.targetmonitor.ui.accounts.AccountsViewModel.Item;
import com.targetmonitor.ui.dialog.ScreenFit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The 账户管理 dialog: who is logged in, the accounts (name, role, unit) with 删除所选账户, and a form
 * to add one. Everything but the list is disabled, with the reason shown, when this session may not
 * manage accounts.
 */
public final class AccountsView {

    public static final String TABLE_ID = "accountsTable";
    public static final String NAME_ID = "accountsName";
    public static final String PASSWORD_ID = "accountsPassword";
    public static final String REPEAT_ID = "accountsRepeat";
    public static final String ROLE_ID = "accountsRole";
    public static final String UNIT_ID = "accountsUnit";
    public static final String ADD_ID = "accountsAdd";
    public static final String REMOVE_ID = "accountsRemove";
    public static final String PROBLEM_ID = "accountsProblem";
    public static final String REASON_ID = "accountsUnavailable";
    /** Marks the field a message is about (the form's own red border). */
    static final String INVALID_CLASS = "tm-field-invalid";

    private final AccountsViewModel vm;

    public AccountsView(AccountsViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    public BorderPane content() {
        Label header = new Label();
        header.textProperty().bind(Bindings.createStringBinding(() -> vm.accountProperty().get().isEmpty() ? ""
                : I18n.get(AccountsMsg.HEADER, vm.accountProperty().get()), vm.accountProperty()));
        header.setWrapText(true);
        Label reason = new Label();
        reason.setId(REASON_ID);
        reason.getStyleClass().add("tm-field-message");
        reason.setWrapText(true);
        reason.textProperty().bind(vm.unavailableReasonProperty());
        reason.managedProperty().bind(reason.textProperty().isNotEmpty());
        VBox top = new VBox(6, header, reason);
        top.setPadding(new Insets(0, 0, 8, 0));

        TableView<Item> table = new TableView<>(vm.items());
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(I18n.get(AccountsMsg.EMPTY)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(AccountsMsg.COL_NAME, 180, Item::name));
        table.getColumns().add(column(AccountsMsg.COL_ROLE, 120, Item::roleText));
        table.getColumns().add(column(AccountsMsg.COL_UNIT, 260, Item::unit));
        table.setPrefHeight(220);
        Button remove = new Button(I18n.get(AccountsMsg.REMOVE));
        remove.setId(REMOVE_ID);
        remove.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !vm.isRemovable(table.getSelectionModel().getSelectedItem()) || vm.busyProperty().get(),
                table.getSelectionModel().selectedItemProperty(), vm.availableProperty(), vm.accountProperty(),
                vm.busyProperty()));
        remove.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedItem()));
        VBox list = new VBox(6, table, remove);

        BorderPane pane = new BorderPane(list);
        pane.setTop(top);
        pane.setBottom(form());
        return pane;
    }

    private VBox form() {
        Label heading = new Label(I18n.get(AccountsMsg.ADD_HEADING));
        heading.getStyleClass().add("tm-rules-label");
        TextField name = new TextField();
        name.setId(NAME_ID);
        name.textProperty().bindBidirectional(vm.nameProperty());
        PasswordField password = new PasswordField();
        password.setId(PASSWORD_ID);
        password.textProperty().bindBidirectional(vm.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId(REPEAT_ID);
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        ComboBox<AccountRole> role = new ComboBox<>(FXCollections.observableArrayList(AccountRole.values()));
        role.setId(ROLE_ID);
        role.setConverter(converter(r -> r == null ? "" : AccountsViewModel.roleText(r)));
        role.valueProperty().bindBidirectional(vm.roleProperty());
        ComboBox<Unit> unit = new ComboBox<>(vm.units());
        unit.setId(UNIT_ID);
        unit.setConverter(converter(u -> u == null ? "" : u.name()));
        unit.promptTextProperty().bind(Bindings.createStringBinding(() -> I18n.get(
                vm.roleProperty().get() != null && vm.roleProperty().get().needsUnit() ? AccountsMsg.UNIT_CHOOSE
                        : AccountsMsg.UNIT_NONE), vm.roleProperty()));
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        unit.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.roleProperty().get() == null || !vm.roleProperty().get().needsUnit(), vm.roleProperty()));
        unit.setMaxWidth(Double.MAX_VALUE);
        role.setMaxWidth(Double.MAX_VALUE);

        Map<Field, Control> fields = new EnumMap<>(Field.class);
        fields.put(Field.NAME, name);
        fields.put(Field.PASSWORD, password);
        fields.put(Field.REPEAT, repeat);
        fields.put(Field.ROLE, role);
        fields.put(Field.UNIT, unit);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tm-form");
        grid.addRow(0, label(AccountsMsg.FIELD_NAME, name), name, label(AccountsMsg.FIELD_ROLE, role), role);
        grid.addRow(1, label(AccountsMsg.FIELD_PASSWORD, password), password, label(AccountsMsg.FIELD_UNIT, unit), unit);
        grid.addRow(2, label(AccountsMsg.FIELD_REPEAT, repeat), repeat);
        // The field a message is about is marked; the message says what is wrong, in words.
        vm.problemFieldProperty().addListener((o, was, now) -> fields.forEach((f, control) -> {
            control.getStyleClass().remove(INVALID_CLASS);
            if (f == now) {
                control.getStyleClass().add(INVALID_CLASS);
                control.requestFocus();
            }
        }));

        Button add = new Button(I18n.get(AccountsMsg.ADD));
        add.setId(ADD_ID);
        add.setDefaultButton(true);
        add.setOnAction(e -> vm.add());
        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.getStyleClass().add("tm-field-message");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        Label notice = new Label();
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        HBox actions = new HBox(12, add, problem, notice);
        Label roles = new Label(I18n.get(AccountsMsg.ROLES_NOTE));
        roles.getStyleClass().add("tm-rules-hint");
        roles.setWrapText(true);
        VBox form = new VBox(6, heading, grid, actions, roles);
        form.setPadding(new Insets(12, 0, 0, 0));
        form.disableProperty().bind(vm.availableProperty().not().or(vm.busyProperty()));
        return form;
    }

    public void showAndWait(Window owner) {
        dialog(owner).showAndWait();
    }

    /** The accounts dialog, unshown, with an empty form; its list is being read. */
    public Dialog<ButtonType> dialog(Window owner) {
        vm.reset();
        vm.load();
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null && owner.getScene() != null) {
            d.initOwner(owner);
        }
        d.setTitle(I18n.get(AccountsMsg.TITLE));
        ScreenFit.fit(d);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(I18n.get(AccountsMsg.CLOSE),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setContent(content());
        d.getDialogPane().setPrefSize(760, 600);
        if (d.getDialogPane().getScene() != null) {
            AppTheme.style(d.getDialogPane().getScene());
        }
        return d;
    }

    private static Label label(MessageKey text, Node field) {
        Label label = new Label(I18n.get(text));
        label.getStyleClass().add("tm-form-label");
        label.setMinWidth(Region.USE_PREF_SIZE); // a label is never cut short; the fields give way
        label.setLabelFor(field);
        return label;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private static <T> TableColumn<T, String> column(MessageKey header, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(I18n.get(header));
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(text.apply(v.getValue())));
        return c;
    }
}
