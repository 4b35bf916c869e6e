package org.carbonmrv.platform.eventstore;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadModelFailureHandlerTest {

    private final ReadModelFailureHandler handler = new ReadModelFailureHandler();
    private final EventMessage<String> event = GenericEventMessage.asEventMessage("project submitted");
    private static final EventMessageHandler PROJECTION = e -> null;
    private final IllegalStateException failure =
            new IllegalStateException("invalid byte sequence for encoding UTF8: 0x00");

    @Test
    void aReadModelThatTheCommandWritesFailsTheCommand() {
        var command = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("submit project"));
        try {
            var handling = DefaultUnitOfWork.startAndGet(event);
            assertThatThrownBy(() -> handler.onError(failure, event, PROJECTION))
                    .isSameAs(failure);
            handling.rollback();
        } finally {
            command.rollback();
        }
    }

    @Test
    void aHandlerRunningOnItsOwnLogsAsBefore() {
        var handling = DefaultUnitOfWork.startAndGet(event);
        try {
            assertThatCode(() -> handler.onError(failure, event, PROJECTION)).doesNotThrowAnyException();
        } finally {
            handling.rollback();
        }
    }
}
