package org.relais.telegram.send;

import org.relais.telegram.ChatKind;

/** Where a call goes: the chat (its limits depend on its kind). */
public record Destination(String chatId, ChatKind kind) {}
