package nl.aanbodwijzer.system;

import io.micronaut.data.model.Page;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.ZoneOffset;
import nl.aanbodwijzer.api.AuditApi;
import nl.aanbodwijzer.api.model.AuditEntity;
import nl.aanbodwijzer.api.model.AuditPage;

/** The audit log, for the project leader and administrators. */
@Controller
@Secured({Role.Names.PROJECTLEIDER, Role.Names.ADMIN})
class AuditController implements AuditApi {
    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public AuditPage listAudit(AuditEntity entity, String id, Integer page, Integer size) {
        Page<AuditEntry> found = auditLog.find(entity.getValue(), id, page, size);
        return new AuditPage(
                found.getContent().stream().map(AuditController::toApi).toList(), found.getTotalSize(), page, size);
    }

    private static nl.aanbodwijzer.api.model.AuditEntry toApi(AuditEntry entry) {
        return new nl.aanbodwijzer.api.model.AuditEntry(
                        entry.recordedAt().atZone(ZoneOffset.UTC),
                        entry.actor(),
                        entry.action(),
                        entry.entity(),
                        entry.entityId())
                .detail(entry.detail());
    }
}
