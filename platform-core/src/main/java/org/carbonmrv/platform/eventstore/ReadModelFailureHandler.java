package org.carbonmrv.platform.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.LoggingErrorHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * A read model that a command's own transaction writes (a subscribing processor) and cannot
 * write fails the command, so the caller is not told "201 created" for something it cannot read;
 * the transaction rolls back the event with it. Handlers that run on their own, after the fact,
 * keep Axon's default of logging (or the retrying of {@code mrv.retrying-processors}).
 */
final class ReadModelFailureHandler implements ListenerInvocationErrorHandler {

    private final LoggingErrorHandler logging = new LoggingErrorHandler();

    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler eventHandler) throws Exception {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().getMessage() instanceof CommandMessage) {
            throw exception;
        }
        logging.onError(exception, event, eventHandler);
    }
}
