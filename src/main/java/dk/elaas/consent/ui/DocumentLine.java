package dk.elaas.consent.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.consent.ConsentDetail;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One stored file of a consent in its detail: kind, name, type and size, with "Gem som…" and "Åbn". */
final class DocumentLine {

    private DocumentLine() {
    }

    static Node of(ConsentDetail.Document doc, ConsentDetailViewModel vm, I18n i18n, Node owner) {
        Label text = new Label(i18n.get("consent.document.kind." + doc.kind().name().toLowerCase(Locale.ROOT)) + ": "
                + (doc.fileName() == null ? "" : doc.fileName()) + " (" + doc.mediaType() + ", "
                + Math.max(1, doc.sizeBytes() / 1024) + " kB)");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button save = new Button(i18n.get("consent.document.save"));
        save.getStyleClass().add("small");
        save.setId("saveDocument-" + doc.kind().name());
        String initialName = doc.fileName() == null ? doc.kind().name().toLowerCase(Locale.ROOT)
                : Path.of(doc.fileName()).getFileName().toString();
        save.setOnAction(e -> SaveDialog.ask(owner, i18n.get("consent.document.saveTitle"), initialName, null)
                .ifPresent(p -> vm.saveDocument(doc, p)));
        Button open = new Button(i18n.get("consent.document.open"));
        open.getStyleClass().add("small");
        open.setId("openDocument-" + doc.kind().name());
        open.setOnAction(e -> vm.openDocument(doc));
        save.setMinWidth(Region.USE_PREF_SIZE);
        open.setMinWidth(Region.USE_PREF_SIZE);
        // The file name wraps above its buttons, so neither is ever cut off in a narrow detail pane.
        return new VBox(2, text, new HBox(6, save, open));
    }
}
