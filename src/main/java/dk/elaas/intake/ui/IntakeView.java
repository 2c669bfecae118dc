package dk.elaas.intake.ui;

import dk.elaas.common.i18n.I18n;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;

/**
 * The intake panel: the queue on the left, the page with the found fields drawn on it in the middle, the
 * pre-filled fields on the right. Binds {@link IntakeViewModel}; keyboard first (Tab/Enter through the
 * fields, Ctrl+S saves, Ctrl+V pastes an image, Ctrl+O chooses files).
 */
public final class IntakeView {

    private final IntakeViewModel viewModel;
    private final I18n i18n;
    private ReviewFormPane formPane;

    @FXML private BorderPane root;
    @FXML private ListView<IntakeItem> queueList;
    @FXML private Button cancelButton;
    @FXML private Label watchedFolder;
    @FXML private Button unwatchButton;
    @FXML private Button discardButton;
    @FXML private Slider zoom;
    @FXML private ToggleButton cornersToggle;
    @FXML private Button rerunButton;
    @FXML private ScrollPane imageScroll;
    @FXML private Group imageGroup;
    @FXML private ImageView imageView;
    @FXML private Pane overlay;
    @FXML private VBox progressBox;
    @FXML private ProgressIndicator progress;
    @FXML private Label progressText;
    @FXML private Label notice;
    @FXML private GridPane formGrid;
    @FXML private Button saveButton;
    @FXML private Button pasteButton;
    @FXML private Button chooseButton;

    private PageOverlay pageOverlay;
    private BufferedImage shownImage;

    public IntakeView(IntakeViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        formPane = new ReviewFormPane(viewModel, i18n, formGrid, () -> saveButton.requestFocus());
        pageOverlay = new PageOverlay(viewModel, overlay, imageView, zoom, cornersToggle, f -> formPane.focus(f));
        // The shortcuts the panel answers to, shown where the user looks for them.
        shortcutTip(saveButton, KeyCode.S);
        shortcutTip(pasteButton, KeyCode.V);
        shortcutTip(chooseButton, KeyCode.O);
        // An outer group makes the scroll area follow the zoom (a Group's own scale is not in its layout bounds).
        imageScroll.setContent(new Group(imageGroup));
        imageGroup.scaleXProperty().bind(zoom.valueProperty());
        imageGroup.scaleYProperty().bind(zoom.valueProperty());
        zoom.valueProperty().addListener(o -> redrawOverlay());

        queueList.setItems(viewModel.queue());
        queueList.setCellFactory(list -> new QueueCell());
        queueList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        WhileShown model = new WhileShown();
        model.listen(viewModel.selectedProperty(), (obs, old, now) -> {
            if (now != null && queueList.getSelectionModel().getSelectedItem() != now) {
                queueList.getSelectionModel().select(now);
            }
            showPage();
            updateProgress();
        });
        model.listen(viewModel.queue(), o -> updateProgress());
        watchedFolder.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.watchedFolderProperty().isEmpty())
                .then(i18n.get("intake.watch.none")).otherwise(viewModel.watchedFolderProperty()));
        unwatchButton.disableProperty().bind(viewModel.watchedFolderProperty().isEmpty());
        cancelButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        discardButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        rerunButton.disableProperty().bind(cornersToggle.selectedProperty().not()
                .or(viewModel.reviewableProperty().not()));
        cornersToggle.disableProperty().bind(viewModel.sourceProperty().isNull());
        cornersToggle.selectedProperty().addListener(o -> showPage());
        notice.textProperty().bind(viewModel.noticeProperty());

        model.listen(viewModel.pageProperty(), o -> showPage());
        model.listen(viewModel.boxes(), o -> redrawOverlay());
        model.listen(viewModel.certainty(), o -> {
            formPane.restyle();
            redrawOverlay();
        });
        model.listen(viewModel.focusedFieldProperty(), o -> {
            redrawOverlay();
            scrollToFocused();
        });
        model.listen(viewModel.errors(), o -> formPane.showErrors());
        model.follow(root, this::showModel);

        viewModel.load(() -> {
            formPane.build();
            showModel();
        });
        // Lets a UI test reach the drop handler: a native drag cannot be simulated headless.
        root.getProperties().put(IntakeView.class, this);
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
    }

    /** A view built on a view model that already holds a queue (after a language switch) shows it as it is. */
    private void showModel() {
        IntakeItem now = viewModel.selectedProperty().get();
        if (now != null) {
            queueList.getSelectionModel().select(now);
        }
        if (shownImage != (cornersToggle.isSelected() ? viewModel.sourceProperty().get() : viewModel.pageProperty().get())) {
            showPage();
        } else {
            redrawOverlay();
        }
        updateProgress();
        formPane.restyle();
        formPane.showErrors();
    }

    /** What a drop of files does; public so tests can drop without a native drag. */
    public void filesDropped(List<File> files) {
        viewModel.addFiles(files.stream().map(File::toPath).toList());
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() || e.getDragboard().hasImage()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().hasFiles()) {
            filesDropped(e.getDragboard().getFiles());
            done = true;
        } else if (e.getDragboard().hasImage()) {
            done = addImage(e.getDragboard().getImage());
        }
        e.setDropCompleted(done);
        e.consume();
    }

    @FXML
    private void onChoose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("intake.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("intake.choose.filter"),
                        "*.jpg", "*.jpeg", "*.png", "*.tif", "*.tiff", "*.pdf", "*.JPG", "*.JPEG", "*.PNG", "*.PDF"),
                new FileChooser.ExtensionFilter(i18n.get("intake.choose.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            filesDropped(files);
        }
    }

    @FXML
    private void onPaste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            filesDropped(clipboard.getFiles());
        } else if (!clipboard.hasImage() || !addImage(clipboard.getImage())) {
            notice.textProperty().unbind();
            notice.setText(i18n.get("intake.paste.nothing"));
            notice.textProperty().bind(viewModel.noticeProperty());
        }
    }

    private boolean addImage(javafx.scene.image.Image image) {
        BufferedImage bi = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(bi, "png", png);
        } catch (IOException e) {
            return false;
        }
        viewModel.addImage(png.toByteArray(), i18n.get("intake.paste.name"));
        return true;
    }

    private static void shortcutTip(Button b, KeyCode key) {
        b.setTooltip(new javafx.scene.control.Tooltip(b.getText() + " ("
                + new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN).getDisplayText() + ")"));
    }

    private void shortcuts(KeyEvent e) {
        if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
            onSave();
            e.consume();
        } else if (new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN).match(e)
                && !(e.getTarget() instanceof TextField)) {
            onPaste();
            e.consume();
        } else if (new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN).match(e)) {
            onChoose();
            e.consume();
        }
    }

    @FXML
    private void onWatch() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(i18n.get("intake.watch.title"));
        File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir != null) {
            viewModel.watch(dir.toPath());
        }
    }

    @FXML
    private void onUnwatch() {
        viewModel.stopWatching();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel(viewModel.selectedProperty().get());
    }

    @FXML
    private void onDiscard() {
        viewModel.discard(viewModel.selectedProperty().get());
    }

    @FXML
    private void onSave() {
        viewModel.save();
        if (!viewModel.errors().isEmpty()) {
            formPane.focusFirstError();
        }
    }

    // ---- image --------------------------------------------------------------------------------------

    @FXML
    private void onZoomIn() {
        zoom.setValue(Math.min(zoom.getMax(), zoom.getValue() * 1.25));
    }

    @FXML
    private void onZoomOut() {
        zoom.setValue(Math.max(zoom.getMin(), zoom.getValue() / 1.25));
    }

    @FXML
    private void onFit() {
        if (imageView.getImage() != null) {
            double w = imageScroll.getViewportBounds().getWidth();
            double h = imageScroll.getViewportBounds().getHeight();
            double fit = Math.min(w / imageView.getImage().getWidth(), h / imageView.getImage().getHeight());
            zoom.setValue(Math.max(zoom.getMin(), Math.min(zoom.getMax(), fit > 0 ? fit : 0.25)));
        }
    }

    @FXML
    private void onRerun() {
        if (pageOverlay.draggedCorners() != null) {
            cornersToggle.setSelected(false);
            viewModel.rerun(pageOverlay.draggedCorners());
        }
    }

    private void showPage() {
        boolean corners = cornersToggle.isSelected();
        BufferedImage image = corners ? viewModel.sourceProperty().get() : viewModel.pageProperty().get();
        shownImage = image;
        imageView.setImage(image == null ? null : SwingFXUtils.toFXImage(image, null));
        pageOverlay.draggedCorners(corners ? viewModel.cornersProperty().get() : null);
        redrawOverlay();
        if (image != null) {
            onFit();
        }
    }

    /** The panel's view model (the fields' boxes and certainty), for a test in this package. */
    IntakeViewModel viewModel() {
        return viewModel;
    }

    private void redrawOverlay() {
        pageOverlay.redraw();
    }

    private void scrollToFocused() {
        pageOverlay.scrollToFocused(imageScroll);
    }

    private void updateProgress() {
        IntakeItem item = viewModel.selectedProperty().get();
        boolean busy = item != null && item.state() == IntakeItem.State.READING;
        progressBox.setVisible(busy);
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        if (busy) {
            progress.progressProperty().bind(item.progressProperty());
            progressText.textProperty().bind(item.messageProperty());
        }
        if (item != null) {
            item.stateProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends IntakeItem.State> obs,
                                    IntakeItem.State old, IntakeItem.State now) {
                    obs.removeListener(this);
                    updateProgress();
                }
            });
        }
    }

    /** A queue line: the file, what is happening to it, and a progress bar while it is read. */
    private final class QueueCell extends ListCell<IntakeItem> {
        QueueCell() {
            // A zero preferred width lets the cell take the list's width, so long texts wrap instead of clip.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(IntakeItem item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.name());
            name.getStyleClass().add("queue-name");
            Label state = new Label();
            state.textProperty().bind(item.messageProperty());
            state.setWrapText(true);
            state.getStyleClass().addAll("queue-state", "queue-" + item.state().name().toLowerCase(Locale.ROOT));
            ProgressBar bar = new ProgressBar();
            bar.progressProperty().bind(item.progressProperty());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.visibleProperty().bind(item.stateProperty().isEqualTo(IntakeItem.State.READING));
            bar.managedProperty().bind(bar.visibleProperty());
            item.stateProperty().addListener(o -> {
                state.getStyleClass().removeIf(s -> s.startsWith("queue-") && !s.equals("queue-state"));
                state.getStyleClass().add("queue-" + item.state().name().toLowerCase(Locale.ROOT));
            });
            VBox box = new VBox(2, name, state, bar);
            // Wrap inside the list's width instead of cutting the text off.
            // Wrap long messages (a refusal reason) within the list instead of cutting them off.
            state.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            state.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            setText(null);
            setGraphic(box);
        }
    }

    /** For tests: the path a user would get from the queue. */
    Path fileOf(IntakeItem item) {
        return item.file();
    }
}
