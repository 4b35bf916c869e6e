package org.carbonmrv.platform.timing;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Each command handled for a request is an entry of its {@code Server-Timing}: loading, deciding, storing the events. */
class CommandTiming implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        ServerTiming timing = ServerTiming.current();
        long started = System.nanoTime();
        try {
            return chain.proceed();
        } finally {
            timing.record(
                    "command", unitOfWork.getMessage().getPayloadType().getSimpleName(), System.nanoTime() - started);
        }
    }
}
