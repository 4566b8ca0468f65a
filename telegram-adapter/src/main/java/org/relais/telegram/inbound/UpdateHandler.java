package org.relais.telegram.inbound;

import java.util.Optional;
import org.relais.core.chat.Response;
import org.relais.core.engine.Engine;
import org.relais.telegram.outbound.Responder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One update, from either transport (long polling or webhook): read it, let the engine handle it
 * (one transaction, idempotent on {@code update_id}), hand the replies to the responder. Never
 * throws: a bad update must not stop the updates after it.
 */
public final class UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);

    private final UpdateTranslator translator;
    private final Engine engine;
    private final Responder responder;

    public UpdateHandler(UpdateTranslator translator, Engine engine, Responder responder) {
        this.translator = translator;
        this.engine = engine;
        this.responder = responder;
    }

    public void handle(Update update) {
        try {
            Optional<Inbound> inbound = translator.read(update);
            if (inbound.isEmpty()) {
                LOG.debug("update {} skipped", update.getUpdateId());
                return;
            }
            Response response = inbound.get().event().map(engine::handle).orElse(Response.NONE);
            responder.send(response, inbound.get().reach());
        } catch (RuntimeException bug) {
            LOG.error("update {} could not be handled", update.getUpdateId(), bug);
        }
    }
}
