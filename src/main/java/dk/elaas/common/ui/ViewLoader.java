package dk.elaas.common.ui;

import dk.elaas.common.i18n.I18n;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

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
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }
}
