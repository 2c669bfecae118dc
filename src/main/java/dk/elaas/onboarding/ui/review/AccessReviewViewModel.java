package dk.elaas.onboarding.ui.review;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.validation.DanishDates;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Validated;
import dk.elaas.onboarding.AccessReviewService;
import dk.elaas.onboarding.AccessReviewService.ReviewEmployee;
import dk.elaas.onboarding.AccessReviewService.ReviewGrant;
import dk.elaas.onboarding.AccessReviewService.ReviewItem;
import dk.elaas.onboarding.OffboardingService;
import dk.elaas.onboarding.OnboardingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The suppliers' periodic access review (seed 000, section 4: "bør gennemgå behovet for adgange årligt"): which
 * suppliers are due, their active employees and the citizens each may open. A supplier is marked as reviewed;
 * an access no longer needed is ended by starting an offboarding (a mail to system owner and ØJB).
 */
public final class AccessReviewViewModel {

    /** What a line of the review tree stands for. */
    public enum RowKind {
        SUPPLIER, EMPLOYEE, GRANT,
        /** Grants of the supplier not held by an active employee: shown, but ended elsewhere (no case to offboard). */
        UNASSIGNED
    }

    /**
     * One line of the tree with its three texts. {@code supplier} is always set; {@code employee} on employee lines
     * and their grants; {@code grant} on grant lines.
     */
    public record Row(RowKind kind, String name, String detail, String status, ReviewItem supplier,
                      ReviewEmployee employee, ReviewGrant grant, List<Row> children) {
        public Row {
            children = List.copyOf(children);
        }
    }

    private final AccessReviewService reviews;
    private final OffboardingService offboarding;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Runnable changed;
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final ObservableList<Row> suppliers = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canMarkReviewed;
    private final BooleanBinding canEndAccess;

    public AccessReviewViewModel(AccessReviewService reviews, OffboardingService offboarding, TaskRunner runner,
                                 DialogService dialogs, I18n i18n, Runnable changed) {
        this.reviews = reviews;
        this.offboarding = offboarding;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.changed = changed;
        canMarkReviewed = Bindings.createBooleanBinding(
                () -> !busy.get() && selected.get() != null && selected.get().kind() == RowKind.SUPPLIER,
                busy, selected);
        canEndAccess = Bindings.createBooleanBinding(() -> !busy.get() && endable(selected.get()), busy, selected);
        showAll.addListener((obs, old, now) -> load());
    }

    public void load() {
        busy.set(true);
        boolean all = showAll.get();
        runner.run(() -> reviews.list(all))
                .onSuccess(items -> {
                    busy.set(false);
                    selected.set(null);
                    suppliers.setAll(items.stream().map(this::supplierRow).toList());
                    long due = items.stream().filter(ReviewItem::due).count();
                    summary.set(all ? i18n.get("onboarding.review.summary.all", items.size(), due)
                            : i18n.get("onboarding.review.summary.due", due));
                })
                .onFailure(e -> {
                    busy.set(false);
                    dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", errorText(e)));
                });
    }

    public void select(Row row) {
        selected.set(row);
    }

    /** "Markér som gennemgået" on the selected supplier: records today and the signed-in user. */
    public void markReviewed() {
        Row row = selected.get();
        if (row == null || row.kind() != RowKind.SUPPLIER || busy.get()) {
            return;
        }
        ReviewItem item = row.supplier();
        if (!dialogs.confirm(i18n.get("onboarding.review.mark.title"),
                i18n.get("onboarding.review.mark.confirm", item.supplierName()))) {
            return;
        }
        busy.set(true);
        message.set("");
        runner.run(() -> reviews.markReviewed(item.supplierId()))
                .onSuccess(done -> {
                    busy.set(false);
                    message.set(i18n.get("onboarding.review.mark.done", done.supplierName(),
                            DanishDates.format(done.lastReviewOn()), done.lastReviewBy()));
                    changed.run();
                    load();
                })
                .onFailure(this::failed);
    }

    /**
     * "Afslut adgang…": on an employee it ends all their access, on a grant only that citizen's. Asks for the
     * reason (it goes into the mail); cancelling changes nothing, a blank reason is refused by the service.
     */
    public void endAccess() {
        Row row = selected.get();
        if (!endable(row) || busy.get()) {
            return;
        }
        ReviewEmployee employee = row.employee();
        UUID citizenId = row.kind() == RowKind.GRANT ? row.grant().citizenId() : null;
        String question = citizenId == null
                ? i18n.get("onboarding.review.end.employee", employee.name(), row.supplier().supplierName())
                : i18n.get("onboarding.review.end.grant", employee.name(), row.grant().citizenName());
        Optional<String> reason = dialogs.askText(i18n.get("onboarding.review.end.title"), question, "");
        if (reason.isEmpty() || (!reason.get().isBlank() && !dialogs.confirm(i18n.get("onboarding.wizard.offboard.confirm.title"),
                citizenId == null ? i18n.get("onboarding.wizard.offboard.confirmStart", employee.name(), reason.get().strip())
                        : i18n.get("onboarding.review.end.confirmGrant", employee.name(), row.grant().citizenName(),
                        reason.get().strip())))) {
            return;
        }
        busy.set(true);
        message.set("");
        runner.run(() -> offboarding.start(employee.caseId(), citizenId, reason.get()))
                .onSuccess(started -> {
                    busy.set(false);
                    String done = citizenId == null
                            ? i18n.get("onboarding.review.end.started", employee.name())
                            : i18n.get("onboarding.review.end.startedGrant", employee.name(), row.grant().citizenName());
                    message.set(done);
                    dialogs.showInfo(i18n.get("onboarding.review.end.startedTitle"), done);
                    changed.run();
                    load();
                })
                .onFailure(this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        dialogs.showError(i18n.get("error.save.title"), errorText(e));
    }

    /** The service's reason in Danish: its message key, or the first field error; else the generic text. */
    private String errorText(Throwable e) {
        if (e instanceof OnboardingException o) {
            return i18n.get(o.messageKey(), o.args());
        }
        if (e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            Validated first = invalid.errors().values().iterator().next();
            return i18n.get(first.errorKey(), first.errorArgs());
        }
        return i18n.get("error.save", e.getMessage());
    }

    private static boolean endable(Row row) {
        return row != null && row.employee() != null && (row.kind() == RowKind.EMPLOYEE || row.kind() == RowKind.GRANT);
    }

    private Row supplierRow(ReviewItem item) {
        List<Row> children = new ArrayList<>();
        for (ReviewEmployee e : item.employees()) {
            List<Row> grants = e.grants().stream().map(g -> grantRow(item, e, g)).toList();
            String status = i18n.get("onboarding.review.citizens", grants.size());
            if (e.activeSince() != null) {
                status += " · " + i18n.get("onboarding.review.activeSince", date(e.activeSince()));
            }
            if (e.offboardingUnderWay()) {
                status += " · " + i18n.get("onboarding.review.offboardingUnderWay");
            }
            children.add(new Row(RowKind.EMPLOYEE, e.name(),
                    e.extUsername() == null ? i18n.get("onboarding.review.noUsername") : e.extUsername(),
                    status, item, e, null, grants));
        }
        if (!item.supplierWideGrants().isEmpty()) {
            List<Row> grants = item.supplierWideGrants().stream().map(g -> grantRow(item, null, g)).toList();
            children.add(new Row(RowKind.UNASSIGNED, i18n.get("onboarding.review.unassigned"), "",
                    i18n.get("onboarding.review.unassigned.detail"), item, null, null, grants));
        }
        return new Row(RowKind.SUPPLIER, item.supplierName(), i18n.get("onboarding.review.cvr", item.cvr()),
                lastReviewText(item), item, null, null, children);
    }

    private Row grantRow(ReviewItem item, ReviewEmployee employee, ReviewGrant g) {
        String what = g.doorEntryOnly() ? i18n.get("onboarding.review.doorEntryOnly")
                : g.services().stream().map(this::serviceName).collect(Collectors.joining(", "));
        String since = g.grantedAt() == null ? "" : i18n.get("onboarding.review.grantedOn", date(g.grantedAt()));
        return new Row(RowKind.GRANT, g.citizenName(), what, since, item, employee, g, List.of());
    }

    /** "Gennemgået 03-03-2026 af Mette", or "Aldrig gennemgået"; a due supplier says so. */
    public String lastReviewText(ReviewItem item) {
        String last;
        if (item.lastReviewOn() == null) {
            last = i18n.get("onboarding.review.last.never");
        } else if (item.lastReviewBy() == null || item.lastReviewBy().isBlank()) {
            last = i18n.get("onboarding.review.last.date", DanishDates.format(item.lastReviewOn()));
        } else {
            last = i18n.get("onboarding.review.last.dateBy", DanishDates.format(item.lastReviewOn()), item.lastReviewBy());
        }
        return item.due() ? i18n.get("onboarding.review.last.due", last) : last;
    }

    private String serviceName(String code) {
        return i18n.has("service." + code) ? i18n.get("service." + code) : code;
    }

    private static String date(Instant instant) {
        return DanishDates.format(LocalDate.ofInstant(instant, ZoneId.systemDefault()));
    }

    public BooleanProperty showAllProperty() { return showAll; }
    public ObservableList<Row> suppliers() { return suppliers; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public BooleanBinding canMarkReviewedProperty() { return canMarkReviewed; }
    public BooleanBinding canEndAccessProperty() { return canEndAccess; }
}
