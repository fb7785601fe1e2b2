package com.targetmonitor.logic.extract;

import com.targetmonitor.logic.backup.BackupReason;
import com.targetmonitor.logic.backup.BackupStore;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.util.List;
import java.util.Objects;

/**
 * Targets and figures read from plan documents, matched against and written into a plan of the
 * session's current workspace: the window's door to {@link DocumentImporter}.
 */
public final class DocumentImportService {

    private final Session session;

    public DocumentImportService(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** What the extraction would create or update in the plan (an unsaved plan: all new). */
    public DocumentPreview preview(Plan into, String documentName, Extraction extraction) {
        return DocumentImporter.preview(session.workspace(), into, documentName, extraction);
    }

    /** True when a plan of this name exists already. */
    public boolean planExists(String name) {
        return session.queries().planByName(name).isPresent();
    }

    /** Writes the accepted rows as one import, after a backup (as the Excel import does). */
    public DocumentResult apply(Plan into, String documentName, List<ProposedTarget> targets,
                                List<ProposedObservation> figures, List<Statement> statements, String documentText) {
        Workspace ws = session.workspace();
        BackupStore.standard().create(ws, BackupReason.BEFORE_IMPORT);
        DocumentPreview p = DocumentImporter.preview(ws, into, documentName, targets, figures, statements);
        return DocumentImporter.apply(ws, p, documentText);
    }
}
