package dk.elaas.common.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;

/**
 * Gives every control a name a screen reader says, from what a sighted user reads next to it: a form's label in
 * the column before the control (GridPane), a label just before it in a row, else its prompt text or tooltip.
 * A control that already has a name (its own text, an accessible text, a label pointing at it) is left alone.
 * The main window runs it after each layout pulse, so panes built later (a detail, a wizard step) are named too;
 * a pass over the tree is a few microseconds per hundred nodes.
 */
public final class Accessibility {

    private Accessibility() {
    }

    public static void nameControls(Parent root) {
        walk(root);
    }

    private static void walk(Node node) {
        if (node instanceof IndexedCell<?>) {
            return;
        }
        if (node instanceof GridPane grid) {
            linkGrid(grid);
        } else if (node instanceof Pane pane) {
            linkSiblings(pane);
        }
        if (node instanceof Control c && !named(c)) {
            fallback(c);
        }
        if (node instanceof Parent p && !(node instanceof ComboBoxBase<?>)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child);
            }
        }
    }

    /** "Label | control" rows: the label in a column names the control in the next column of the same row. */
    private static void linkGrid(GridPane grid) {
        for (Node child : grid.getChildren()) {
            Label label = labelIn(child);
            if (label == null) {
                continue;
            }
            int row = index(GridPane.getRowIndex(child));
            int col = index(GridPane.getColumnIndex(child));
            for (Node other : grid.getChildren()) {
                if (index(GridPane.getRowIndex(other)) == row && index(GridPane.getColumnIndex(other)) == col + 1) {
                    Control target = firstControl(other);
                    if (target != null) {
                        link(label, target);
                    }
                }
            }
        }
    }

    /** "Leverandør: [valg]" in a row: a label directly before an unnamed control names it. */
    private static void linkSiblings(Pane pane) {
        var children = pane.getChildren();
        for (int i = 0; i + 1 < children.size(); i++) {
            if (children.get(i) instanceof Label label && children.get(i + 1) instanceof Control target) {
                link(label, target);
            }
        }
    }

    private static void link(Label label, Control target) {
        if (label.getLabelFor() == null && !named(target) && label.getText() != null && !label.getText().isBlank()) {
            label.setLabelFor(target);
        }
    }

    private static void fallback(Control c) {
        String name = null;
        if (c instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isBlank()) {
            name = t.getPromptText();
        } else if (c instanceof ComboBoxBase<?> box && box.getPromptText() != null && !box.getPromptText().isBlank()) {
            name = box.getPromptText();
        } else if (c.getTooltip() != null && c.getTooltip().getText() != null && !c.getTooltip().getText().isBlank()) {
            name = c.getTooltip().getText();
        }
        if (name != null) {
            c.setAccessibleText(name);
        }
    }

    /** Whether a screen reader has something to say for the control already. */
    public static boolean named(Control c) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return true;
        }
        if (c.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.LABELED_BY) instanceof Label) {
            return true;
        }
        return c instanceof Labeled l && !(c instanceof ButtonBase && isSymbol(l.getText()))
                && l.getText() != null && !l.getText().isBlank();
    }

    /** "+", "−", "…": a button with only a sign on it needs a name of its own. */
    private static boolean isSymbol(String text) {
        return text == null || text.replaceAll("[^\\p{L}\\p{N}]", "").length() < 2;
    }

    private static Label labelIn(Node node) {
        if (node instanceof Label l) {
            return l;
        }
        if (node instanceof Pane p && !p.getChildren().isEmpty() && p.getChildren().get(0) instanceof Label l) {
            return l;
        }
        return null;
    }

    private static Control firstControl(Node node) {
        if (node instanceof Control c) {
            return c;
        }
        if (node instanceof Pane p) {
            for (Node child : p.getChildren()) {
                Control c = firstControl(child);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static int index(Integer i) {
        return i == null ? 0 : i;
    }
}
