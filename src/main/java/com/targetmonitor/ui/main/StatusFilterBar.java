package com.targetmonitor.ui.main;

import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Status;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import com.targetmonitor.ui.StatusTexts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The filter bar above the status table: search, status, light, unit, category and kind. The
 * controls set the ViewModel's filter and follow it when the ViewModel changes it (a tile, a new plan).
 */
final class StatusFilterBar {

    private static final double FILTER_BOX_WIDTH = 112;

    private StatusFilterBar() {
    }

    static Node build(StatusTableViewModel vm) {
        CheckComboBox<Status> statuses = checks(List.of(Status.values()), StatusTexts::word, MainMsg.MAIN_FILTER_STATUS);
        statuses.setId(StatusTableView.STATUS_FILTER_ID);
        statuses.getCheckModel().getCheckedItems().addListener((ListChangeListener<Status>) c ->
                vm.setStatuses(new HashSet<>(statuses.getCheckModel().getCheckedItems())));
        CheckComboBox<Light> lights = checks(List.of(Light.values()), StatusTexts::light, MainMsg.MAIN_FILTER_LIGHT);
        lights.getCheckModel().getCheckedItems().addListener((ListChangeListener<Light>) c ->
                vm.setLights(new HashSet<>(lights.getCheckModel().getCheckedItems())));
        CheckComboBox<IndicatorKind> kinds = checks(List.of(IndicatorKind.values()), StatusTexts::kind,
                MainMsg.MAIN_FILTER_KIND);
        kinds.getCheckModel().getCheckedItems().addListener((ListChangeListener<IndicatorKind>) c ->
                vm.setKinds(new HashSet<>(kinds.getCheckModel().getCheckedItems())));
        CheckComboBox<String> units = new CheckComboBox<>(vm.unitChoices());
        units.setTitle(I18n.get(MainMsg.MAIN_FILTER_UNIT));
        units.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                vm.setUnits(new HashSet<>(units.getCheckModel().getCheckedItems())));
        CheckComboBox<String> categories = new CheckComboBox<>(vm.categoryChoices());
        categories.setTitle(I18n.get(MainMsg.MAIN_FILTER_CATEGORY));
        categories.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                vm.setCategories(new HashSet<>(categories.getCheckModel().getCheckedItems())));
        TextField search = TextFields.createClearableTextField();
        search.setId(StatusTableView.SEARCH_ID);
        search.setPromptText(I18n.get(MainMsg.MAIN_SEARCH_PROMPT));
        search.setText(vm.filterProperty().get().search());
        search.textProperty().addListener((obs, old, text) -> vm.setSearch(text));
        Button clear = new Button(I18n.get(MainMsg.MAIN_FILTER_CLEAR));
        clear.setOnAction(e -> {
            statuses.getCheckModel().clearChecks();
            lights.getCheckModel().clearChecks();
            kinds.getCheckModel().clearChecks();
            units.getCheckModel().clearChecks();
            categories.getCheckModel().clearChecks();
            search.clear();
            vm.clearFilters();
        });
        // Tiles and a new plan change the filter from the ViewModel: the controls follow it.
        vm.filterProperty().addListener((obs, old, f) -> {
            syncChecks(statuses, f.statuses());
            syncChecks(lights, f.lights());
            syncChecks(kinds, f.kinds());
            syncChecks(units, f.units());
            syncChecks(categories, f.categories());
            if (!search.getText().equals(f.search())) {
                search.setText(f.search());
            }
        });
        search.setPrefWidth(200);
        // Its skin sizes it to the longest item (a long unit name): keep the boxes narrow so the bar fits one line.
        List.of(statuses, lights, units, categories, kinds).forEach(b -> {
            b.setMinWidth(FILTER_BOX_WIDTH);
            b.setPrefWidth(FILTER_BOX_WIDTH);
            b.setMaxWidth(FILTER_BOX_WIDTH);
        });
        // Their popup lists join the window when first opened (the boxes have a fixed width).
        List.of(statuses, lights, units, categories, kinds).forEach(PopupLists::outUntilOpened);
        FlowPane bar = new FlowPane(8, 6, search, statuses, lights, units, categories, kinds, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tm-filter-bar");
        return bar;
    }

    /** Keeps a filter's checks in step when the ViewModel changed the filter. */
    private static <T> void syncChecks(CheckComboBox<T> box, Set<T> wanted) {
        if (new HashSet<>(box.getCheckModel().getCheckedItems()).equals(wanted)) {
            return;
        }
        box.getCheckModel().clearChecks();
        wanted.forEach(s -> box.getCheckModel().check(s));
    }

    private static <T> CheckComboBox<T> checks(List<T> items, Function<T, String> text, MessageKey title) {
        CheckComboBox<T> box = new CheckComboBox<>(FXCollections.observableArrayList(items));
        box.setTitle(I18n.get(title));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
