package dk.elaas.consent.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DateFields;
import dk.elaas.consent.ConsentDetail;
import dk.elaas.consent.ConsentGrantLine;
import dk.elaas.mail.MailRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The register's detail pane for one consent: fields, lifecycle buttons, grants, mails, history and the PDF. */
final class ConsentDetailPane {

    private final ConsentDetailViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(10);
    private final Label placeholder;
    private final Label title = new Label();
    private final Label verdict = new Label();
    private final GridPane fields = new GridPane();
    private final Label cpr = new Label();
    private final VBox receivedForm = new VBox(6);
    private final VBox withdrawForm = new VBox(6);
    private final VBox correctBox = new VBox();
    private final ConsentCorrectionForm correctForm;
    private final VBox documents = new VBox(4);
    private java.util.UUID shownId;
    private final ActionMessage message;
    private final AccessRemovedLine accessRemoved;
    private final VBox grants = new VBox(4);
    private final VBox mails = new VBox(4);
    private final VBox history = new VBox(2);
    private final ImageView page = new ImageView();
    private final VBox content = new VBox(10);

    ConsentDetailPane(ConsentDetailViewModel vm, I18n i18n) {
        this.vm = vm;
        this.message = new ActionMessage(vm);
        this.accessRemoved = new AccessRemovedLine(vm, i18n);
        this.i18n = i18n;
        correctForm = new ConsentCorrectionForm(vm, i18n, () -> toggle(new VBox()));
        correctBox.getChildren().setAll(correctForm.node());
        correctBox.setVisible(false);
        correctBox.setManaged(false);
        documents.setId("documentList");
        root.setPadding(new Insets(8, 12, 12, 12));
        root.setId("consent-detail");
        placeholder = new Label(i18n.get("consent.detail.none"));
        placeholder.getStyleClass().add("empty-state");
        title.getStyleClass().add("title-4");
        title.setWrapText(true); // a long citizen and supplier name wraps instead of ending in "…"
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setId("detail-title");
        verdict.setId("detail-verdict");
        verdict.setWrapText(true);
        fields.setHgap(12);
        fields.setVgap(4);
        ColumnConstraints valueColumn = new ColumnConstraints();
        valueColumn.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().setAll(new ColumnConstraints(), valueColumn);
        grants.setId("grantList");
        mails.setId("mailList");
        history.setId("historyList");
        // "Ret…" and the export sit under the fields they concern, so the lifecycle row stays one line.
        content.getChildren().setAll(title, verdict, actions(), receivedForm, withdrawForm, accessRemoved, message,
                fields,
                recordActions(), correctBox, section("consent.detail.documents"), documents,
                section("consent.detail.grants"), grants, section("consent.detail.mails"), mails,
                section("consent.detail.history"), history, section("consent.detail.pdf"), pdfPane());
        LifecycleForms.received(receivedForm, vm, i18n, () -> toggle(new VBox()));
        LifecycleForms.withdraw(withdrawForm, vm, i18n, () -> toggle(new VBox()));
        root.getChildren().setAll(placeholder);
        vm.detailProperty().addListener((o, was, now) -> show(now));
        vm.cprProperty().addListener((o, was, now) -> cpr.setText(now));
        vm.pageProperty().addListener((o, was, now) -> page.setImage(now == null ? null : SwingFXUtils.toFXImage(now, null)));
    }

    Node node() {
        return root;
    }

    private Label section(String key) {
        Label l = new Label(i18n.get(key));
        l.setStyle("-fx-font-weight: bold");
        VBox.setMargin(l, new Insets(6, 0, 0, 0));
        return l;
    }

    private Node actions() {
        Button send = new Button(i18n.get("consent.action.send"));
        send.setId("sendButton");
        send.disableProperty().bind(vm.canSendProperty().not());
        send.setOnAction(e -> vm.send());
        Button received = new Button(i18n.get("consent.action.received"));
        received.setId("receivedButton");
        received.disableProperty().bind(vm.canReceiveProperty().not());
        received.setOnAction(e -> toggle(receivedForm));
        Button withdraw = new Button(i18n.get("consent.action.withdraw"));
        withdraw.setId("withdrawButton");
        withdraw.disableProperty().bind(vm.canWithdrawProperty().not());
        withdraw.setOnAction(e -> toggle(withdrawForm));
        FlowPane row = new FlowPane(8, 6, send, received, withdraw);
        return row;
    }

    private Node recordActions() {
        Button correct = new Button(i18n.get("consent.action.correct"));
        correct.setId("correctButton");
        correct.disableProperty().bind(vm.canCorrectProperty().not());
        correct.setOnAction(e -> {
            if (!correctBox.isVisible()) {
                correctForm.fill(vm.detailProperty().get());
            }
            toggle(correctBox);
        });
        Button export = new Button(i18n.get("consent.export.consent"));
        export.setId("exportConsentButton");
        export.visibleProperty().bind(vm.canExportProperty());
        export.managedProperty().bind(vm.canExportProperty());
        export.setOnAction(e -> saveTo(i18n.get("consent.export.consentTitle"), exportName(), "*.zip")
                .ifPresent(vm::exportConsent));
        return new FlowPane(8, 6, correct, export);
    }

    private void toggle(VBox form) {
        boolean show = !form.isVisible();
        receivedForm.setVisible(false);
        receivedForm.setManaged(false);
        withdrawForm.setVisible(false);
        withdrawForm.setManaged(false);
        correctBox.setVisible(false);
        correctBox.setManaged(false);
        form.setVisible(show);
        form.setManaged(show);
    }

    private Node pdfPane() {
        Slider zoom = new Slider(0.3, 2.0, 0.6);
        zoom.setId("pdfZoom");
        zoom.setAccessibleText(i18n.get("a11y.zoom"));
        zoom.setPrefWidth(160);
        page.setPreserveRatio(true);
        page.setId("pdfPage");
        page.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> page.getImage() == null ? 0 : page.getImage().getWidth() * zoom.getValue(),
                zoom.valueProperty(), page.imageProperty()));
        HBox bar = new HBox(8, new Label(i18n.get("consent.detail.zoom")), zoom);
        bar.setAlignment(Pos.CENTER_LEFT);
        // The page scrolls in its own pane, so a zoomed page never makes the detail wider than its column.
        javafx.scene.control.ScrollPane pageScroll = new javafx.scene.control.ScrollPane(page);
        pageScroll.setPannable(true);
        pageScroll.setPrefViewportHeight(520);
        pageScroll.setMinWidth(0);
        return new VBox(6, bar, pageScroll);
    }

    private void show(ConsentDetail d) {
        if (d == null) {
            root.getChildren().setAll(placeholder);
            return;
        }
        if (root.getChildren().get(0) != content) {
            root.getChildren().setAll(content);
        }
        if (!d.id().equals(shownId)) {
            // A correction form filled for one consent must never be saved onto the next one shown.
            toggle(new VBox());
            shownId = d.id();
        }
        title.setText(d.citizenName() + " – " + d.supplierName());
        verdict.setText(Errors.status(i18n, d.status()) + ": "
                + i18n.get("check.verdict." + d.verdict().name().toLowerCase(Locale.ROOT), verdictDate(d)));
        fillFields(d);
        accessRemoved.show(d);
        grants.getChildren().setAll(d.grants().isEmpty() ? java.util.List.of(new Label(i18n.get("consent.detail.noGrants")))
                : d.grants().stream().map(this::grantLine).toList());
        mails.getChildren().setAll(d.mails().isEmpty() ? java.util.List.of(new Label(i18n.get("consent.detail.noMails")))
                : d.mails().stream().map(this::mailLine).toList());
        history.getChildren().setAll(d.history().stream().map(this::historyLine).toList());
        documents.getChildren().setAll(d.documents().isEmpty() ? java.util.List.of(new Label("–"))
                : d.documents().stream().map(doc -> DocumentLine.of(doc, vm, i18n, root)).toList());
    }

    private Node historyLine(ConsentDetail.History h) {
        String what = h.correction() ? i18n.get("consent.history.corrected")
                : (h.from() == null ? "" : Errors.status(i18n, h.from()) + " → ") + Errors.status(i18n, h.to());
        Label l = new Label(instant(h.at()) + "  " + what + "  (" + h.by() + ")" + (h.reason() == null ? "" : ": " + h.reason()));
        l.setWrapText(true);
        return l;
    }

    /** The save dialog; the write itself happens in the view model, off the JavaFX thread. */
    private java.util.Optional<java.nio.file.Path> saveTo(String title, String initialName, String pattern) {
        return SaveDialog.ask(root, title, initialName, pattern);
    }

    private String exportName() {
        ConsentDetail d = vm.detailProperty().get();
        String name = d == null ? "samtykke" : d.citizenName().replaceAll("[^\\p{L}\\p{N}]+", "_");
        return "Samtykke_" + name + "_" + vm.today() + ".zip";
    }

    private void fillFields(ConsentDetail d) {
        fields.getChildren().clear();
        int row = 0;
        Button showCpr = new Button(i18n.get("consent.detail.showCpr"));
        showCpr.setId("showCprButton");
        showCpr.setOnAction(e -> vm.revealCpr());
        cpr.setId("detail-cpr");
        cpr.setText(vm.cprProperty().get());
        cpr.setMinWidth(Region.USE_PREF_SIZE);
        showCpr.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane cprBox = new FlowPane(8, 4, cpr, showCpr);
        cprBox.setPrefWrapLength(160);
        cprBox.setAlignment(Pos.CENTER_LEFT);
        if (vm.showsCitizenDetails()) {
            fields.addRow(row++, key("consent.field.cpr"), cprBox);
            row = add(row, "consent.field.address", d.address());
            row = add(row, "consent.field.phone", d.phone());
        }
        row = add(row, "consent.field.supplier", d.supplierName() + (d.supplierCvr() == null ? "" : " (CVR " + d.supplierCvr() + ")"));
        row = add(row, "consent.field.services", String.join(", ", d.services().stream()
                .map(code -> i18n.has("service." + code) ? i18n.get("service." + code) : code).toList()));
        row = add(row, "consent.field.validFrom", date(d.validFrom()));
        row = add(row, "consent.field.validUntil", d.validUntil() == null ? i18n.get("consent.untilWithdrawn") : date(d.validUntil()));
        row = add(row, "consent.field.signedBy", d.signerRole() == null ? "" : i18n.get("intake.signer." + d.signerRole().name().toLowerCase(Locale.ROOT))
                + (d.representativeName() == null ? "" : " – " + d.representativeName()));
        row = add(row, "consent.field.signedOn", date(d.signedOn()));
        row = add(row, "consent.field.collectedBy", (d.collectedByName() == null ? "" : d.collectedByName())
                + (d.collectedByOrg() == null ? "" : " (" + i18n.get("intake.org." + d.collectedByOrg().name().toLowerCase(Locale.ROOT)) + ")"));
        row = add(row, "consent.field.channel", i18n.get("consent.channel." + d.channel().name().toLowerCase(Locale.ROOT))
                + (d.receiptReference() == null ? "" : " – " + d.receiptReference()));
        row = add(row, "consent.field.copyRequested", i18n.get(d.copyRequested() ? "consent.yes" : "consent.no"));
        if (d.sentAt() != null) {
            row = add(row, "consent.field.sent", instant(d.sentAt()) + " (" + d.sentBy() + ")");
        }
        if (d.receivedOn() != null) {
            row = add(row, "consent.field.received", date(d.receivedOn()) + " (" + d.receivedBy() + ")");
        }
        if (d.withdrawnOn() != null) {
            row = add(row, "consent.field.withdrawn", date(d.withdrawnOn()) + " – "
                    + i18n.get("consent.withdrawnBy." + d.withdrawnByKind().name().toLowerCase(Locale.ROOT))
                    + " (" + d.withdrawnBy() + "): " + d.statusReason());
        }
        add(row, "consent.field.registered", instant(d.createdAt()));
    }

    private int add(int row, String key, String value) {
        Label v = new Label(value == null ? "" : value);
        v.setWrapText(true);
        fields.addRow(row, key(key), v);
        return row + 1;
    }

    /** The date the verdict's sentence names (sent on, expired on, …), as the user reads dates. */
    private static String verdictDate(ConsentDetail d) {
        java.time.LocalDate date = switch (d.verdict()) {
            case SENT_NOT_RECEIVED -> d.sentAt() == null ? null
                    : java.time.LocalDate.ofInstant(d.sentAt(), java.time.ZoneId.systemDefault());
            case EXPIRED -> d.validUntil();
            case WITHDRAWN, SUPERSEDED -> d.withdrawnOn();
            case NOT_YET_VALID -> d.validFrom();
            default -> null;
        };
        return date == null ? "" : dk.elaas.common.ui.DateFields.format(date);
    }

    private Label key(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE); // the value wraps, the label never shortens
        return l;
    }

    private Node grantLine(ConsentGrantLine g) {
        String services = String.join(", ", g.services().stream()
                .map(code -> i18n.has("service." + code) ? i18n.get("service." + code) : code).toList());
        String state = g.active() ? i18n.get("consent.grant.active", instant(g.grantedAt()))
                : i18n.get("consent.grant.ended", instant(g.revokedAt()), g.revokeReason() == null ? "" : g.revokeReason());
        Label l = new Label(g.holder() + " – " + services + ": " + state);
        l.setWrapText(true);
        l.getStyleClass().add(g.active() ? "grant-active" : "grant-ended");
        return l;
    }

    private Node mailLine(MailRecord m) {
        if (vm.mailActions() == null) {
            Label text = new Label(m.subject() + " – " + dk.elaas.mail.ui.MailLine.status(m, i18n) + "\n"
                    + i18n.get("mail.serverOnly"));
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            return text;
        }
        return dk.elaas.mail.ui.MailLine.of(m, i18n, vm.mailActions(), vm::mailChanged, null);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : DateFields.format(d);
    }

    private static String instant(Instant i) {
        return i == null ? "" : DateFields.format(LocalDate.ofInstant(i, ZoneId.systemDefault()))
                + " " + java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(i.atZone(ZoneId.systemDefault()));
    }
}
