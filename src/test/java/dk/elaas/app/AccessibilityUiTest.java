package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.shell.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.control.ChoiceBox;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16.13: on every screen (and a selected row's detail), each control a person can use has a name a screen
 * reader says, can be reached with the keyboard (Tab), and looks different when it has the focus; the sections
 * and the important actions have shortcuts that the menu and the tooltips show.
 */
class AccessibilityUiTest extends DemoAppUiTest {

    /** The demo app as its first account (Administrator: every section), at 1366×768. */
    private Stage start() throws Exception {
        waitForMainWindow();
        Stage stage = (Stage) lookup("#nav-consents").query().getScene().getWindow();
        interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        return stage;
    }

    @Test
    void everyControlHasANameAKeyboardPathAndAVisibleFocus() throws Exception {
        Stage stage = start();
        Set<String> nameless = new LinkedHashSet<>();
        Set<String> unreachable = new LinkedHashSet<>();
        Set<String> noFocusLook = new LinkedHashSet<>();
        Set<Class<?>> focusChecked = new java.util.HashSet<>();
        for (Section section : Section.values()) {
            clickOn("#nav-" + section.name().toLowerCase(Locale.ROOT));
            String where = section.name();
            inspect(stage.getScene(), where, nameless, unreachable, noFocusLook, focusChecked);
            Optional<TableView<?>> table = lookup(n -> n instanceof TableView<?> t && t.isVisible()
                    && t.getScene() == stage.getScene() && !t.getItems().isEmpty()).tryQuery();
            if (table.isPresent()) {
                interact(() -> table.get().getSelectionModel().select(0));
                inspect(stage.getScene(), where + " (row selected)", nameless, unreachable, noFocusLook, focusChecked);
            }
        }
        assertThat(nameless).as("controls without a name a screen reader can say").isEmpty();
        assertThat(unreachable).as("controls the keyboard cannot reach").isEmpty();
        assertThat(noFocusLook).as("controls that look the same with and without the focus").isEmpty();
        assertThat(focusChecked).as("the focus look was tried on the kinds of control").hasSizeGreaterThan(5);
    }

    @Test
    void theSectionsHaveShortcutsTheMenuAndTheTooltipsShow() throws Exception {
        Stage stage = start();
        MenuBar bar = lookup(n -> n instanceof MenuBar).query();
        List<String> withShortcut = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i.getAccelerator() != null) {
                    withShortcut.add(i.getText() + " " + i.getAccelerator().getDisplayText());
                }
            }
        }
        assertThat(withShortcut).hasSizeGreaterThanOrEqualTo(Section.values().length);
        int n = 1;
        for (Section section : Section.values()) {
            Labeled nav = lookup("#nav-" + section.name().toLowerCase(Locale.ROOT)).query();
            assertThat(nav.getTooltip()).as(section + " tooltip").isNotNull();
            String shortcut = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.getKeyCode(
                    Integer.toString(n)), javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText();
            assertThat(nav.getTooltip().getText()).contains(shortcut);
            assertThat(withShortcut).anySatisfy(s -> assertThat(s).startsWith(nav.getText().replaceAll("\\s*\\d+$", ""))
                    .endsWith(shortcut));
            n++;
        }
        // The intake panel's own shortcuts are on its buttons' tooltips.
        clickOn("#nav-intake");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#saveButton").tryQuery().isPresent());
        for (String[] b : new String[][] {{"#saveButton", "S"}, {"#pasteButton", "V"}, {"#chooseButton", "O"}}) {
            Labeled button = lookup(b[0]).query();
            assertThat(button.getTooltip().getText()).as(b[0]).endsWith("(" + new javafx.scene.input.KeyCodeCombination(
                    javafx.scene.input.KeyCode.getKeyCode(b[1]), javafx.scene.input.KeyCombination.SHORTCUT_DOWN)
                    .getDisplayText() + ")");
        }
        // The shortcut itself works: Ctrl+3 opens onboarding.
        press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT3).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((javafx.scene.control.ToggleButton) lookup("#nav-onboarding").query()).isSelected()).isTrue();
        assertThat(stage.isShowing()).isTrue();
    }

    private void inspect(Scene scene, String where, Set<String> nameless, Set<String> unreachable,
                         Set<String> noFocusLook, Set<Class<?>> focusChecked) {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        List<Control> controls = new ArrayList<>();
        collect(scene.getRoot(), controls);
        Set<Node> labelled = new java.util.HashSet<>();
        scene.getRoot().lookupAll(".label").forEach(l -> {
            if (l instanceof Label label && label.getLabelFor() != null) {
                labelled.add(label.getLabelFor());
            }
        });
        for (Control c : controls) {
            String id = where + ": " + c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId());
            if (!named(c, labelled)) {
                nameless.add(id);
            }
            if (!c.isDisabled() && !c.isFocusTraversable()) {
                unreachable.add(id);
            }
            if (!c.isDisabled() && c.isFocusTraversable() && focusChecked.add(c.getClass())) {
                if (!looksFocused(c)) {
                    noFocusLook.add(id);
                }
            }
        }
    }

    private boolean looksFocused(Control c) {
        Node away = c.getScene().getRoot();
        WritableImage[] shots = new WritableImage[2];
        interact(() -> {
            away.requestFocus();
            c.getScene().getRoot().layout();
            shots[0] = c.snapshot(null, null);
            c.requestFocus();
            c.applyCss();
            shots[1] = c.snapshot(null, null);
        });
        return differ(shots[0], shots[1]);
    }

    private static boolean differ(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return true;
        }
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Controls a person operates: buttons, inputs, pickers, lists and tables (not their inner cells or bars). */
    private static void collect(Node node, List<Control> out) {
        // The menu bar is reached with F10 (or Alt), as in every desktop program, not with Tab.
        if (!node.isVisible() || node instanceof IndexedCell<?> || node instanceof ScrollBar || node instanceof MenuBar) {
            return;
        }
        if (node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?> || node instanceof ListView<?> || node instanceof TableView<?>
                || node instanceof TreeView<?> || node instanceof Slider) {
            Control c = (Control) node;
            if (!insideAnotherControl(c)) {
                out.add(c);
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** A date picker's text field, a combo box's button …: part of the outer control, named with it. */
    private static boolean insideAnotherControl(Control c) {
        for (Parent p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase<?> || p instanceof javafx.scene.control.Spinner<?>
                    || p instanceof javafx.scene.control.MenuButton) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(Control c, Set<Node> labelled) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return true;
        }
        if (labelled.contains(c)) {
            return true;
        }
        if (c instanceof Labeled l && l.getText() != null && l.getText().replaceAll("[^\\p{L}\\p{N}]", "").length() > 1) {
            return true;
        }
        return c instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isBlank();
    }
}
