package org.carbonmrv.platform.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An event handler of a tracking processor runs within a savepoint of the processor's
 * transaction: when its SQL fails, PostgreSQL aborts only what it did, and the dead-letter queue
 * can still park the event in that transaction (without the savepoint every later statement of
 * the transaction fails and the processor stalls). Handlers in a command's own transaction are
 * left as they are: their failure fails the command.
 */
final class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    private static final DefaultTransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;

    SavepointPerEventHandler(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive() || inCommand()) {
                    return super.handle(message, target);
                }
                TransactionStatus savepoint = transactions.getTransaction(NESTED);
                try {
                    Object result = super.handle(message, target);
                    transactions.commit(savepoint);
                    return result;
                } catch (Exception | Error e) {
                    transactions.rollback(savepoint);
                    throw e;
                }
            }
        };
    }

    private static boolean inCommand() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().getMessage() instanceof CommandMessage;
    }
}
