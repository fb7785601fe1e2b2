package com.targetmonitor.app;

import com.targetmonitor.logic.workspace.WorkspaceQueries;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/**
 * What a reader sees on the window, as texts (labels, texts, prompts, tooltips, menus), and the
 * officers' own data (names, units, sentences, notes) to take out of them, so what is left is the
 * window's own words.
 */
final class ShownTexts {

    private ShownTexts() {
    }

    /** The officers' own words, longest first so a name is taken out before a part of it. */
    static List<String> data(WorkspaceQueries q) {
        List<String> data = new ArrayList<>();
        q.units().forEach(u -> add(data, u.name(), u.leader()));
        for (Plan p : q.plans()) {
            add(data, p.name(), p.region(), p.document());
            q.categories(p.id()).forEach(c -> add(data, c.name()));
            for (Indicator i : q.indicators(p.id())) {
                add(data, i.name(), i.unitOfMeasure(), i.source().sentence(), i.source().document(), i.source().note());
            }
            for (List<Observation> series : q.observations(p.id()).values()) {
                for (Observation o : series) {
                    add(data, o.sourceSentence(), o.note().progress(), o.note().problems(), o.note().nextSteps());
                }
            }
        }
        data.sort(Comparator.comparingInt(String::length).reversed());
        return data;
    }

    private static void add(List<String> data, String... texts) {
        Stream.of(texts).filter(t -> t != null && !t.isBlank()).forEach(t -> data.add(t.strip()));
    }

    static String withoutData(String text, List<String> data) {
        String left = text;
        for (String d : data) {
            left = left.replace(d, " ");
        }
        return left;
    }

    /** Every text a reader sees on the window: labels, texts, prompts, tooltips, menus. */
    static List<String> of(Parent root, FxRobot robot) {
        List<String> texts = new ArrayList<>();
        walk(root, texts);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu m : bar.getMenus()) {
            menuTexts(m, texts);
        }
        return texts;
    }

    private static void walk(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l) {
            add(texts, l.getText());
            tooltip(l.getTooltip(), texts);
        }
        if (node instanceof Text t) {
            add(texts, t.getText());
        }
        if (node instanceof TextInputControl t) {
            add(texts, t.getPromptText());
            tooltip(t.getTooltip(), texts);
        }
        if (node instanceof ComboBoxBase<?> c) {
            add(texts, c.getPromptText());
            tooltip(c.getTooltip(), texts);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, texts);
            }
        }
    }

    private static void tooltip(Tooltip tip, List<String> texts) {
        if (tip != null) {
            add(texts, tip.getText());
        }
    }

    private static void menuTexts(Menu menu, List<String> texts) {
        add(texts, menu.getText());
        for (MenuItem item : menu.getItems()) {
            add(texts, item.getText());
            if (item instanceof Menu sub) {
                menuTexts(sub, texts);
            }
        }
    }

}
