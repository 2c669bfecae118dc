package dk.elaas.common.ui;

import dk.elaas.common.i18n.I18n;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/** Loads {@code Foo.fxml} beside the view class {@code Foo}, with the UI bundle for {@code %key} texts. */
public final class ViewLoader {

    private ViewLoader() {
    }

    public static Parent load(Object view, I18n i18n) {
        Class<?> type = view.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, i18n.bundle());
        loader.setControllerFactory(requested -> {
            if (!requested.isInstance(view)) {
                throw new IllegalStateException(fxml + " asks for " + requested + " but the view is " + type);
            }
            return view;
        });
        try {
            Parent root = loader.load();
            keepWrappedTextsWhole(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }

    /**
     * A wrapping label in a VBox or grid is otherwise squeezed below the height of its lines when space is short,
     * and JavaFX then cuts its last line with "...". Its minimum height becomes the height of all its lines, so the
     * surrounding scroll pane or split scrolls instead (issue 16.11).
     */
    public static void keepWrappedTextsWhole(Node node) {
        if (node instanceof Labeled labeled && labeled.isWrapText() && labeled.getMinHeight() == Region.USE_COMPUTED_SIZE) {
            labeled.setMinHeight(Region.USE_PREF_SIZE);
        }
        // Before their skins exist, these controls hold their content outside the children list.
        if (node instanceof SplitPane split) {
            split.getItems().forEach(ViewLoader::keepWrappedTextsWhole);
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            keepWrappedTextsWhole(scroll.getContent());
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(c -> c != null).forEach(ViewLoader::keepWrappedTextsWhole);
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            keepWrappedTextsWhole(titled.getContent());
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                keepWrappedTextsWhole(child);
            }
        }
    }
}
