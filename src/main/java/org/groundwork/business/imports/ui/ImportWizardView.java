package org.groundwork.business.imports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.Executor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.imports.BusinessImportService;
import org.groundwork.business.imports.ColumnMapping;
import org.groundwork.business.imports.ImportChoices;
import org.groundwork.business.imports.ImportPlan;
import org.groundwork.business.imports.ImportResult;
import org.groundwork.business.imports.ImportTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The import wizard: upload, map the columns, check the dry run, commit. The commit runs on a background thread
 * (as the signed-in admin) while the page polls for its progress, so the browser stays responsive.
 */
@Route("admin/import")
@PageTitle("Import businesses")
@Menu(title = "Import businesses", order = 920, icon = "vaadin:upload")
@RolesAllowed(Roles.ADMIN)
class ImportWizardView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWizardView.class);
    private static final int POLL_MILLIS = 500;

    private final transient BusinessImportService imports;
    /** Runs the commit; a background virtual thread, replaced by a direct call in view tests. */
    transient Executor executor = task -> Thread.ofVirtual().name("business-import").start(task);
    Component step;

    ImportWizardView(BusinessImportService imports) {
        this.imports = imports;
        add(new H2("Import businesses"));
        startOver();
    }

    void startOver() {
        show(new ImportUploadStep(imports.maxFileSize().toBytes(), imports::receive, this::fileReceived));
    }

    void fileReceived(String fileName, byte[] content) {
        try {
            ImportTable table = imports.read(fileName, content);
            show(new ImportMappingStep(table, imports.guessMapping(table), mapping -> dryRun(table, mapping),
                    this::startOver));
        } catch (RuleViolationException unreadable) {
            ((ImportUploadStep) step).showError(unreadable.getMessage());
        }
    }

    private void dryRun(ImportTable table, ColumnMapping mapping) {
        try {
            ImportPlan plan = imports.dryRun(table, mapping);
            show(new ImportDryRunStep(plan, imports.rejectedRowsCsv(plan), choices -> commit(plan, choices),
                    () -> show(new ImportMappingStep(table, mapping, m -> dryRun(table, m), this::startOver))));
        } catch (RuleViolationException badMapping) {
            ((ImportMappingStep) step).problem.setText(badMapping.getMessage());
        }
    }

    private void commit(ImportPlan plan, ImportChoices choices) {
        ImportCommitStep commitStep = new ImportCommitStep(this::startOver);
        show(commitStep);
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                ImportResult result = imports.commit(plan, choices,
                        (done, total) -> inUi(ui, () -> commitStep.progress(done, total)));
                inUi(ui, () -> commitStep.finished(result));
            } catch (RuleViolationException refused) {
                inUi(ui, () -> commitStep.failed(refused.getMessage()));
            } catch (RuntimeException failure) {
                LOG.error("Business import of {} failed and was rolled back", plan.table().fileName(), failure);
                inUi(ui, () -> commitStep.failed("the database refused a row (" + failure.getClass().getSimpleName()
                        + ")."));
            } finally {
                inUi(ui, () -> ui.setPollInterval(-1));
            }
        }));
    }

    /** Runs UI work directly when this thread already holds the session (view tests), else queues it. */
    private static void inUi(UI ui, Command command) {
        if (ui.getSession().hasLock()) {
            command.execute();
        } else {
            ui.access(command);
        }
    }

    private void show(Component next) {
        if (step != null) {
            remove(step);
        }
        step = next;
        add(next);
    }
}
