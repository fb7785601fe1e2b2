package com.targetmonitor.app;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.effect.Effect;
import javafx.scene.image.Image;
import javafx.scene.shape.SVGPath;

/**
 * Every node's computed CSS properties under a scene root, one line each ("path Type property=value"),
 * in tree order: what two themes must both give for the window to look the same.
 */
final class ComputedStyles {

    private ComputedStyles() {
    }

    static List<String> of(Parent root) {
        List<String> lines = new ArrayList<>();
        collect(root, "0", lines);
        return lines;
    }

    /** The lines that differ, side by side, at most ten. */
    static List<String> differences(List<String> expected, List<String> actual) {
        List<String> out = new ArrayList<>();
        if (expected.size() != actual.size()) {
            out.add("lines: " + expected.size() + " expected, " + actual.size() + " styled");
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()) && out.size() < 10; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                out.add(expected.get(i) + "  <>  " + actual.get(i));
            }
        }
        return out;
    }

    private static void collect(Node node, String path, List<String> lines) {
        String where = path + " " + node.getTypeSelector() + node.getStyleClass() + " ";
        for (CssMetaData<? extends Styleable, ?> meta : node.getCssMetaData()) {
            lines.add(where + meta.getProperty() + "=" + describe(value(meta, node)));
        }
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int i = 0; i < children.size(); i++) {
                collect(children.get(i), path + "." + i, lines);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object value(CssMetaData<? extends Styleable, ?> meta, Node node) {
        StyleableProperty<?> property = ((CssMetaData<Styleable, ?>) meta).getStyleableProperty(node);
        return property == null ? null : property.getValue();
    }

    /**
     * A value as text that is the same for equal values: backgrounds, borders, fonts, paints and insets
     * say so through equals and hashCode; effects, shapes and images, which do not, by their parts.
     */
    private static String describe(Object value) {
        if (value instanceof Effect effect) {
            return effect.getClass().getSimpleName() + getters(effect);
        }
        if (value instanceof SVGPath path) {
            return "SVGPath[" + path.getContent() + "]";
        }
        if (value instanceof Node node) {
            return node.getClass().getSimpleName();
        }
        if (value instanceof Image image) {
            return "Image[" + image.getUrl() + "]";
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(ComputedStyles::describe).toList().toString();
        }
        return value == null ? "null" : value.getClass().getSimpleName() + "@" + value.hashCode() + "=" + value;
    }

    private static String getters(Object bean) {
        List<String> parts = new ArrayList<>();
        Arrays.stream(bean.getClass().getMethods())
                .filter(m -> m.getName().startsWith("get") && m.getParameterCount() == 0
                        && m.getDeclaringClass() != Object.class)
                .sorted(java.util.Comparator.comparing(Method::getName))
                .forEach(m -> parts.add(m.getName().substring(3) + "=" + describe(invoke(m, bean))));
        return parts.toString();
    }

    private static Object invoke(Method getter, Object bean) {
        try {
            return getter.invoke(bean);
        } catch (ReflectiveOperationException e) {
            return Objects.toString(e.getCause());
        }
    }
}
