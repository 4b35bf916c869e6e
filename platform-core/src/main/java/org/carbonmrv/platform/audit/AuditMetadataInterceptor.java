package org.carbonmrv.platform.audit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.carbonmrv.api.ProjectScoped;
import org.carbonmrv.platform.security.Actor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Puts the audit metadata on every command as it is dispatched, so that no handler has to
 * remember: the acting user or machine client, its organisation and roles, the project, and the
 * correlation id of the request. Commands dispatched by event handlers inherit the metadata of
 * the event through the correlation data providers instead.
 */
public class AuditMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final String serviceName;

    public AuditMetadataInterceptor(String serviceName) {
        this.serviceName = serviceName;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(metadataFor(command));
    }

    private Map<String, Object> metadataFor(CommandMessage<?> command) {
        Map<String, Object> metadata = new HashMap<>();
        boolean insideHandler = CurrentUnitOfWork.isStarted();
        Actor.current()
                .ifPresentOrElse(
                        actor -> {
                            metadata.put(AuditMetadata.ACTOR, actor.userId());
                            metadata.put(AuditMetadata.ORGANISATION, actor.organisation());
                            metadata.put(AuditMetadata.ROLES, List.copyOf(actor.roles()));
                            actor.clientId().ifPresent(client -> metadata.put(AuditMetadata.CLIENT_ID, client));
                        },
                        () -> {
                            if (!insideHandler && !command.getMetaData().containsKey(AuditMetadata.ACTOR)) {
                                metadata.put(AuditMetadata.ACTOR, "system:" + serviceName);
                            }
                        });
        if (command.getPayload() instanceof ProjectScoped scoped) {
            metadata.put(AuditMetadata.PROJECT_ID, scoped.projectId());
        }
        if (!command.getMetaData().containsKey(AuditMetadata.CORRELATION_ID)) {
            requestCorrelationId().ifPresent(id -> metadata.put(AuditMetadata.CORRELATION_ID, id));
        }
        return metadata;
    }

    private static Optional<String> requestCorrelationId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            Object id = attributes.getRequest().getAttribute(CorrelationIdFilter.ATTRIBUTE);
            return Optional.ofNullable((String) id);
        }
        return Optional.empty();
    }
}
