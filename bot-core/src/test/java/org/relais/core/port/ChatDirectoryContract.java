package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link ChatDirectory}: the latest state of each chat, per platform. */
public interface ChatDirectoryContract extends StoreFixture {

    Instant T0 = Instant.parse("2026-11-24T15:00:00.123456Z");

    private static ChatMembership chat(String platform, String id, String status, Instant at) {
        return new ChatMembership(platform, id, "supergroup", "Table régionale « Côte-Nord »", status, at);
    }

    private Optional<ChatMembership> chatOf(String platform, String id) {
        return inTx(tx -> tx.chats().find(platform, id));
    }

    private List<ChatMembership> chatsOf(String platform) {
        return inTx(tx -> tx.chats().all(platform));
    }

    @Test
    default void aChatIsFoundAsLastRecorded() {
        inTxDo(tx -> tx.chats().record(chat("telegram", "-1001", "member", T0)));
        inTxDo(tx -> tx.chats().record(chat("telegram", "-1001", "administrator", T0.plusSeconds(60))));
        Optional<ChatMembership> found = chatOf("telegram", "-1001");
        assertThat(found).contains(chat("telegram", "-1001", "administrator", T0.plusSeconds(60)));
        assertThat(found.orElseThrow().present()).isTrue();
    }

    @Test
    default void chatsArePerPlatformAndListedByChatId() {
        inTxDo(tx -> {
            tx.chats().record(chat("telegram", "-1002", "left", T0));
            tx.chats().record(chat("telegram", "-1001", "member", T0));
            tx.chats().record(chat("slack", "-1001", "member", T0));
        });
        assertThat(chatsOf("telegram")).extracting(ChatMembership::chatId, ChatMembership::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("-1001", "member"),
                        org.assertj.core.groups.Tuple.tuple("-1002", "left"));
        assertThat(chatOf("slack", "-1002")).isEmpty();
        assertThat(chatsOf("console")).isEmpty();
    }

    @Test
    default void aChatRecordedInAFailedTransactionIsNotKept() {
        Throwable thrown = catchThrowable(() -> inTxDo(tx -> {
            tx.chats().record(chat("telegram", "-1003", "member", T0));
            throw new IllegalStateException("rolled back");
        }));
        assertThat(thrown).hasMessage("rolled back");
        assertThat(chatOf("telegram", "-1003")).isEmpty();
    }

    @Test
    default void leftKickedAndBlockedAreNotPresent() {
        assertThat(chat("telegram", "1", "left", T0).present()).isFalse();
        assertThat(chat("telegram", "1", "kicked", T0).present()).isFalse();
        assertThat(chat("telegram", "1", "blocked", T0).present()).isFalse();
        assertThat(chat("telegram", "1", "restricted", T0).present()).isTrue();
    }
}
