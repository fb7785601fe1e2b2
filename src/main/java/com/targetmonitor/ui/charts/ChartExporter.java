package com.targetmonitor.ui.charts;

import com.targetmonitor.ui.AppTheme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Pictures of charts: a PNG for the user ("export chart") and for the PDF report. Call on the JavaFX
 * application thread. A chart that is not on screen is first put into a scene of its own with the
 * application's stylesheet and laid out at the size asked for, so it looks as it does in the window.
 * The background is white (a snapshot's default fill), as on paper.
 */
public final class ChartExporter {

    /** Pixels per CSS pixel in exported pictures: sharp enough for print at the report's size. */
    public static final double PRINT_SCALE = 2;

    /** The style class of the scene root an off-screen chart is laid out in. */
    private static final String HOLDER = "tm-chart-export";

    private ChartExporter() {
    }

    /** The node as it is now (it must be laid out, e.g. shown in the window). */
    public static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        return node.snapshot(params, null);
    }

    /**
     * A chart that is not on screen, laid out at width × its preferred height (or the height given,
     * if > 0). A chart shown in a window is taken as it is.
     */
    public static WritableImage snapshot(Region chart, double width, double height, double scale) {
        boolean ours = chart.getParent() instanceof StackPane p && p.getStyleClass().contains(HOLDER);
        if (chart.getScene() != null && !ours) {
            return snapshot(chart, scale); // on screen: as it is, never resized under the user's eyes
        }
        StackPane holder;
        if (chart.getScene() == null) {
            holder = new StackPane(chart);
            holder.getStyleClass().add(HOLDER);
            AppTheme.style(new Scene(holder));
        } else {
            holder = (StackPane) chart.getParent(); // laid out off screen before: our own holder
        }
        holder.applyCss();
        double h = height > 0 ? height : chart.prefHeight(width);
        // A scene without a window takes its root's preferred size when it lays out for the snapshot.
        holder.setMinSize(width, h);
        holder.setPrefSize(width, h);
        holder.setMaxSize(width, h);
        holder.resize(width, h);
        holder.layout();
        chart.layout();
        return snapshot(chart, scale);
    }

    public static byte[] png(WritableImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return out.toByteArray();
    }

    /** A chart that is not on screen as PNG bytes (for the PDF report). */
    public static byte[] png(Region chart, double width, double scale) throws IOException {
        return png(snapshot(chart, width, -1, scale));
    }

    /** The node, as it is on screen, written to a PNG file. */
    public static void writePng(Node node, Path file) throws IOException {
        Files.write(file, png(snapshot(node, PRINT_SCALE)));
    }
}
