package dk.elaas.app;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.ui.ViewLoader;
import dk.elaas.intake.ui.IntakeView;
import dk.elaas.intake.ui.IntakeViewModel;
import dk.elaas.shell.MainWindow;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * The intake panel on this PC's replica, online or offline: a saved consent is stored here with its operation
 * queued and pushed at once when there is a connection. One view model as long as the session lasts, so a
 * language switch keeps the queue and the unsaved edits.
 */
final class ReplicaIntake {

    private final Replica replica;
    private final TaskRunner runner;
    private final Supplier<MainWindow> window;
    private IntakeViewModel viewModel;

    ReplicaIntake(Replica replica, TaskRunner runner, Supplier<MainWindow> window) {
        this.replica = replica;
        this.runner = runner;
        this.window = window;
    }

    Node view(I18n i18n, DialogService dialogs) {
        AppContext ctx = replica.context();
        if (viewModel == null) {
            viewModel = new IntakeViewModel(ctx.intake(), ctx.registrations(), runner, dialogs, i18n, saved -> {
                replica.syncNow();
                MainWindow w = window.get();
                if (w != null) {
                    w.refreshStatus();
                    w.dialogs().announce(w.i18n().get("intake.saved.title"), w.i18n().get("intake.saved.queued"),
                            w.i18n().get("sync.now"), replica::syncNow);
                }
            }, ctx.intakeQueue());
        } else {
            viewModel.relocalize(i18n, dialogs);
        }
        return ViewLoader.load(new IntakeView(viewModel, i18n), i18n);
    }
}
