package nl.aanbodwijzer.system;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.ZoneOffset;
import nl.aanbodwijzer.api.AuditApi;
import nl.aanbodwijzer.api.model.AuditEntity;
import nl.aanbodwijzer.api.model.AuditEntry;
import nl.aanbodwijzer.api.model.AuditPage;

/** The audit log, for the project leader and administrators. */
@Controller
@Secured({"PROJECTLEIDER", "ADMIN"})
class AuditController implements AuditApi {
    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public AuditPage listAudit(AuditEntity entity, String id, Integer page, Integer size) {
        AuditLog.Page found = auditLog.find(entity.getValue(), id, page, size);
        return new AuditPage(
                found.items().stream()
                        .map(entry -> new AuditEntry(
                                        entry.at().atZone(ZoneOffset.UTC),
                                        entry.actor(),
                                        entry.action(),
                                        entry.entity(),
                                        entry.entityId())
                                .detail(entry.detail()))
                        .toList(),
                found.total(),
                found.page(),
                found.size());
    }
}
