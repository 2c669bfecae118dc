package dk.elaas.intake.ui;

import dk.elaas.intake.Box;
import dk.elaas.intake.ConsentField;
import dk.elaas.intake.Corner;
import dk.elaas.intake.Quad;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * What the intake panel draws over the page: each field's box in the colour of its certainty (round the value,
 * never over it), or in corner mode the page's outline with four handles the user drags.
 */
final class PageOverlay {

    private final IntakeViewModel viewModel;
    private final Pane overlay;
    private final ImageView imageView;
    private final Slider zoom;
    private final ToggleButton cornersToggle;
    private final Consumer<ConsentField> focus;
    private Quad draggedCorners;

    PageOverlay(IntakeViewModel viewModel, Pane overlay, ImageView imageView, Slider zoom, ToggleButton cornersToggle,
                Consumer<ConsentField> focus) {
        this.viewModel = viewModel;
        this.overlay = overlay;
        this.imageView = imageView;
        this.zoom = zoom;
        this.cornersToggle = cornersToggle;
        this.focus = focus;
    }

    /** The corners as the user dragged them, or null outside corner mode. */
    Quad draggedCorners() {
        return draggedCorners;
    }

    void draggedCorners(Quad corners) {
        this.draggedCorners = corners;
    }

    /** Draws the fields' boxes (or, in corner mode, the page outline with its four handles) over the image. */
    void redraw() {
        overlay.getChildren().clear();
        if (imageView.getImage() == null) {
            return;
        }
        double stroke = 2.5 / Math.max(0.05, zoom.getValue());
        if (cornersToggle.isSelected() && draggedCorners != null) {
            drawCorners(stroke);
            return;
        }
        ConsentField focused = viewModel.focusedFieldProperty().get();
        viewModel.boxes().forEach((field, box) -> {
            // Every box is drawn around the value, never over it: the stroke lies outside a margin round the
            // value's pixels and nothing is filled, so the marked value stays readable (also when focused).
            double margin = field == focused ? stroke * 2 : stroke;
            Rectangle r = new Rectangle(box.x() - margin, box.y() - margin, box.width() + 2 * margin,
                    box.height() + 2 * margin);
            r.setFill(Color.TRANSPARENT);
            r.setStrokeType(javafx.scene.shape.StrokeType.OUTSIDE);
            r.setStroke(colour(viewModel.certainty().get(field)));
            r.setStrokeWidth(field == focused ? stroke * 2 : stroke);
            r.setId("box-" + field.key());
            if (field == focused) {
                r.getStrokeDashArray().clear();
                r.getStyleClass().add("focused-box");
            }
            r.setOnMouseClicked(e -> focus.accept(field));
            overlay.getChildren().add(r);
        });
    }

    private static Color colour(IntakeViewModel.Certainty c) {
        if (c == null) {
            return Color.GRAY;
        }
        return switch (c) {
            case CONFIDENT -> Color.rgb(26, 127, 55);
            case CHECK -> Color.rgb(191, 135, 0);
            case INVALID -> Color.rgb(207, 34, 46);
            case EMPTY -> Color.rgb(110, 119, 129);
            case CORRECTED -> Color.rgb(9, 105, 218);
        };
    }

    private void drawCorners(double stroke) {
        Polygon outline = new Polygon();
        outline.setFill(Color.rgb(9, 105, 218, 0.12));
        outline.setStroke(Color.rgb(9, 105, 218));
        outline.setStrokeWidth(stroke);
        overlay.getChildren().add(outline);
        List<Corner> points = new ArrayList<>(draggedCorners.corners());
        Runnable refresh = () -> {
            outline.getPoints().clear();
            for (Corner c : points) {
                outline.getPoints().addAll(c.x(), c.y());
            }
        };
        refresh.run();
        for (int i = 0; i < 4; i++) {
            final int index = i;
            Circle handle = new Circle(points.get(i).x(), points.get(i).y(), stroke * 6, Color.rgb(9, 105, 218, 0.8));
            handle.setId("corner-" + i);
            handle.setOnMouseDragged(e -> {
                double x = clamp(e.getX(), imageView.getImage().getWidth());
                double y = clamp(e.getY(), imageView.getImage().getHeight());
                handle.setCenterX(x);
                handle.setCenterY(y);
                points.set(index, new Corner(x, y));
                draggedCorners = new Quad(points.get(0), points.get(1), points.get(2), points.get(3));
                refresh.run();
            });
            overlay.getChildren().add(handle);
        }
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    /** Scrolls the image so the focused field's box is in the middle of the view. */
    void scrollToFocused(ScrollPane imageScroll) {
        ConsentField f = viewModel.focusedFieldProperty().get();
        Box box = f == null ? null : viewModel.boxes().get(f);
        if (box == null || imageView.getImage() == null) {
            return;
        }
        double contentW = imageView.getImage().getWidth() * zoom.getValue();
        double contentH = imageView.getImage().getHeight() * zoom.getValue();
        double viewW = imageScroll.getViewportBounds().getWidth();
        double viewH = imageScroll.getViewportBounds().getHeight();
        double cx = (box.x() + box.width() / 2.0) * zoom.getValue();
        double cy = (box.y() + box.height() / 2.0) * zoom.getValue();
        if (contentW > viewW) {
            imageScroll.setHvalue(clamp((cx - viewW / 2) / (contentW - viewW), 1));
        }
        if (contentH > viewH) {
            imageScroll.setVvalue(clamp((cy - viewH / 2) / (contentH - viewH), 1));
        }
    }
}
