package dk.elaas.shell;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menu, navigation on the left, the current section in the middle, a status bar with
 * user, data folder and sync state. It is shown at once; sections appear when the database is ready.
 */
public final class MainWindow {

    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Label userLabel = new Label();
    private final Label dataLabel = new Label();
    private final Label syncLabel = new Label();
    private final javafx.scene.control.Hyperlink unsyncedLink = new javafx.scene.control.Hyperlink();
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final Map<Section, Node> views = new EnumMap<>(Section.class);
    private final Map<Section, Integer> badges = new EnumMap<>(Section.class);
    private I18n i18n;
    private ShellHost host;
    private DialogService dialogs;
    private Section current = Section.CONSENTS;

    public MainWindow(Stage stage, I18n i18n) {
        this.stage = stage;
        this.i18n = i18n;
        this.dialogs = new FxDialogService(stage, i18n);
        root.getStyleClass().add("elaas-root");
        content.setPadding(new Insets(16));
        root.setCenter(content);
        // Big enough for the intake panel's three columns, never bigger than the screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("elaas.css").toExternalForm());
        stage.setScene(scene);
        // Screen readers: every control is named from the label beside it, also in panes built later.
        scene.addPostLayoutPulseListener(() -> dk.elaas.common.ui.Accessibility.nameControls(root));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        rebuildChrome();
    }

    public Stage stage() {
        return stage;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** Start-up: a progress display while the database opens. */
    public void showProgress(String message) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label text = new Label(message);
        text.setId("startup-progress");
        text.getStyleClass().add("title-4");
        VBox box = new VBox(16, spinner, text);
        box.setAlignment(Pos.CENTER);
        content.getChildren().setAll(box);
    }

    /** A start-up failure the user must read; nothing else is available. */
    public void showFatal(String title, String message) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        Label body = new Label(message);
        body.setWrapText(true);
        body.setMaxWidth(640);
        body.setId("startup-error");
        Button close = new Button(i18n.get("startup.close"));
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(16, heading, body, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(680);
        content.getChildren().setAll(box);
    }

    /** A full-window view before the main navigation is available (first start). */
    public void showStandalone(Node view) {
        content.getChildren().setAll(view);
    }

    /** Signed out: no section is reachable any more, and the sign-in screen takes the window. */
    public void signedOut(Node signIn, String place, String state) {
        host = null;
        views.clear();
        rebuildChrome();
        dataLabel.setText(place);
        syncLabel.setText(state);
        content.getChildren().setAll(signIn);
    }

    /** The database is ready and a user is signed in: enable navigation. */
    public void showMain(ShellHost host) {
        this.host = host;
        views.clear();
        rebuildChrome();
        select(current);
    }

    public void switchLanguage(I18n newI18n) {
        this.i18n = newI18n;
        this.dialogs = new FxDialogService(stage, newI18n);
        views.clear();
        rebuildChrome();
        if (host != null) {
            select(current);
        }
    }

    public I18n i18n() {
        return i18n;
    }

    public void select(Section section) {
        if (host == null) {
            return;
        }
        if (!host.shows(section)) {
            section = java.util.Arrays.stream(Section.values()).filter(host::shows).findFirst().orElse(section);
        }
        current = section;
        ToggleButton button = navButtons.get(section);
        if (button != null && !button.isSelected()) {
            button.setSelected(true);
        }
        Node view = views.get(section);
        if (view == null) {
            try {
                view = host.createSection(section, i18n, dialogs);
                views.put(section, view);
            } catch (RuntimeException e) {
                // A broken screen must not leave the previous one standing as if nothing happened.
                org.slf4j.LoggerFactory.getLogger(MainWindow.class).error("Could not show {}", section, e);
                Label error = new Label(i18n.get("shell.sectionFailed", i18n.get(section.messageKey()),
                        String.valueOf(e.getMessage())));
                error.setWrapText(true);
                error.setId("section-error");
                error.getStyleClass().add("field-error");
                view = error;
            }
        }
        content.getChildren().setAll(view);
    }

    /** The signed-in user changed: the navigation shows what the new role may see, every view is rebuilt. */
    public void userChanged() {
        if (host != null) {
            views.clear();
            rebuildChrome();
            select(current);
        }
    }

    /** Drops a section's cached view so it is rebuilt (with fresh data) the next time it is shown. */
    public void invalidate(Section section) {
        if (section != current) {
            views.remove(section);
        }
    }

    /** A count on a navigation button (open tasks on "Opgaver"); zero hides it. */
    public void setBadge(Section section, int count) {
        badges.put(section, count);
        ToggleButton button = navButtons.get(section);
        if (button != null) {
            applyBadge(section, button);
        }
    }

    private void applyBadge(Section section, ToggleButton button) {
        int count = badges.getOrDefault(section, 0);
        if (count <= 0) {
            button.setGraphic(null);
            return;
        }
        Label badge = new Label(Integer.toString(count));
        badge.setId("badge-" + section.name().toLowerCase(java.util.Locale.ROOT));
        badge.getStyleClass().add("nav-badge");
        button.setGraphic(badge);
        button.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        button.setGraphicTextGap(8);
    }

    /** Recreates views that show data another section may have changed. */
    public void refreshStatus() {
        if (host != null) {
            userLabel.setText(host.userLine(i18n));
            dataLabel.setText(host.placeLine(i18n));
            syncLabel.setText(host.syncLine(i18n));
            long unsynced = host.unsyncedCount();
            unsyncedLink.setText(i18n.get("sync.failed.link", unsynced));
            unsyncedLink.setVisible(unsynced > 0);
            unsyncedLink.setManaged(unsynced > 0);
        } else {
            userLabel.setText("");
            dataLabel.setText("");
        }
    }

    private void rebuildChrome() {
        stage.setTitle(i18n.get("app.title"));
        root.setTop(menuBar());
        root.setLeft(navigation());
        root.setBottom(statusBar());
        refreshStatus();
    }

    private MenuBar menuBar() {
        MenuItem demo = new MenuItem(i18n.get("menu.file.demo"));
        demo.setDisable(host == null);
        demo.setOnAction(e -> host.loadDemoData(dialogs, i18n, () -> {
            views.clear();
            select(current);
        }));
        MenuItem exit = new MenuItem(i18n.get("menu.file.exit"));
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> stage.close());
        Menu file = new Menu(i18n.get("menu.file"), null, demo, new SeparatorMenuItem(), exit);
        if (host != null) {
            host.signOutAction().ifPresent(action -> {
                MenuItem signOut = new MenuItem(i18n.get("menu.file.signOut"));
                signOut.setOnAction(e -> action.run());
                file.getItems().add(file.getItems().size() - 1, signOut);
            });
        }

        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem danish = new RadioMenuItem(i18n.get("menu.view.danish"));
        RadioMenuItem english = new RadioMenuItem(i18n.get("menu.view.english"));
        danish.setToggleGroup(languages);
        english.setToggleGroup(languages);
        (I18n.ENGLISH.getLanguage().equals(i18n.locale().getLanguage()) ? english : danish).setSelected(true);
        danish.setOnAction(e -> requestLanguage(I18n.DANISH));
        english.setOnAction(e -> requestLanguage(I18n.ENGLISH));
        Menu view = new Menu(i18n.get("menu.view"), null, danish, english);

        MenuItem about = new MenuItem(i18n.get("menu.help.about"));
        about.setOnAction(e -> {
            if (host == null) {
                dialogs.showInfo(i18n.get("about.title"), i18n.get("about.text"));
            } else {
                host.aboutDetails(i18n, details -> dialogs.showInfo(i18n.get("about.title"),
                        i18n.get("about.text") + "\n\n" + details));
            }
        });
        Menu help = new Menu(i18n.get("menu.help"), null, about);
        return new MenuBar(file, view, goTo(), help);
    }

    /** "Gå til": every section with its shortcut (Ctrl+1 …), so the keyboard path is shown, not only there. */
    private Menu goTo() {
        Menu menu = new Menu(i18n.get("menu.goTo"));
        menu.setId("menu-goto");
        int index = 1;
        for (Section section : Section.values()) {
            MenuItem item = new MenuItem(i18n.get(section.messageKey()));
            item.setId("goto-" + section.name().toLowerCase(java.util.Locale.ROOT));
            item.setAccelerator(shortcut(index++));
            item.setOnAction(e -> {
                if (host != null) {
                    select(section);
                }
            });
            item.setDisable(host == null);
            item.setVisible(host == null || host.shows(section));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static KeyCodeCombination shortcut(int index) {
        return new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(index)), KeyCombination.SHORTCUT_DOWN);
    }

    private void requestLanguage(java.util.Locale locale) {
        if (host != null) {
            host.switchLanguage(locale);
        } else {
            switchLanguage(I18n.of(locale));
        }
    }

    private Node navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("elaas-nav");
        nav.setPadding(new Insets(16, 8, 16, 8));
        nav.setPrefWidth(200);
        navButtons.clear();
        int index = 1;
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(i18n.get(section.messageKey()));
            button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setDisable(host == null);
            button.setOnAction(e -> {
                if (button.isSelected()) {
                    select(section);
                } else {
                    button.setSelected(true);
                }
            });
            button.getStyleClass().add("nav-button");
            boolean shown = host == null || host.shows(section);
            button.setVisible(shown);
            button.setManaged(shown);
            applyBadge(section, button);
            navButtons.put(section, button);
            nav.getChildren().add(button);
            // The shortcut itself is the "Gå til" menu's accelerator; the tooltip shows it where the user looks.
            button.setTooltip(new javafx.scene.control.Tooltip(i18n.get(section.messageKey()) + " ("
                    + shortcut(index++).getDisplayText() + ")"));
        }
        return nav;
    }

    private Node statusBar() {
        syncLabel.setText(i18n.get("status.sync.localOnly"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        userLabel.setId("status-user");
        dataLabel.setId("status-data");
        syncLabel.setId("status-sync");
        unsyncedLink.setId("unsyncedLink");
        unsyncedLink.setVisible(false);
        unsyncedLink.setManaged(false);
        unsyncedLink.setOnAction(e -> {
            if (host != null) {
                host.showUnsynced(i18n, dialogs);
                refreshStatus();
            }
        });
        HBox bar = new HBox(24, userLabel, dataLabel, spacer, syncLabel, unsyncedLink);
        if (host != null) {
            host.syncNowAction().ifPresent(action -> {
                Button syncNow = new Button(i18n.get("sync.now"));
                syncNow.setId("syncNowButton");
                syncNow.getStyleClass().add("small");
                syncNow.setOnAction(e -> action.run());
                bar.getChildren().add(syncNow);
            });
            host.signOutAction().ifPresent(action -> {
                Button signOut = new Button(i18n.get("menu.file.signOut"));
                signOut.setId("signOutButton");
                signOut.getStyleClass().add("small");
                signOut.setOnAction(e -> action.run());
                bar.getChildren().add(signOut);
            });
        }
        bar.getStyleClass().add("elaas-status");
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
