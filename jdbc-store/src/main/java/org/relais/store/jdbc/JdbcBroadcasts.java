package org.relais.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.relais.core.chat.ConversationKey;
import org.relais.core.i18n.Language;
import org.relais.core.port.Announcement;
import org.relais.core.port.Broadcast;
import org.relais.core.port.Broadcasts;
import org.relais.core.port.ChatAddress;
import org.relais.core.port.Delivery;
import org.relais.core.port.DeliveryTally;
import org.relais.core.port.Tallies;

/**
 * Broadcasts in table {@code broadcast}, their outbox in {@code broadcast_delivery}. Every change of
 * state is one conditional UPDATE (… WHERE state = …), so that two workers sharing a database, or a
 * button pressed twice, can never both win: the row count says who did.
 */
final class JdbcBroadcasts implements Broadcasts {
    private static final String COLUMNS = "id, action_id, language, title, body, button_label, by_platform, by_user, "
            + "report_chat, status_message, created_at, send_at, state, started_at, finished_at";
    private static final String DELIVERY_COLUMNS = "broadcast_id, platform, chat_id, state, claims, message_id, reason";

    private final Sql sql;

    JdbcBroadcasts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long draft(Broadcast b) {
        Announcement a = b.announcement();
        return sql.insert("storing a broadcast", "INSERT INTO broadcast (action_id, language, title, body, button_label, "
                + "by_platform, by_user, report_chat, created_at, send_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.actionId(), a.language().code(), a.title(), a.text(), a.buttonLabel(), b.by().platform(), b.by().userId(),
                b.reportChat(), b.createdAt(), b.sendAt(), Broadcast.State.DRAFT.name());
    }

    @Override
    public Optional<Broadcast> find(long id) {
        return one("SELECT " + COLUMNS + " FROM broadcast WHERE id = ?", id);
    }

    @Override
    public Optional<Broadcast> latestDraft(ConversationKey by) {
        return sql.query("reading drafts", "SELECT " + COLUMNS + " FROM broadcast WHERE state = ? AND by_platform = ? "
                + "AND by_user = ? ORDER BY created_at DESC, id DESC", JdbcBroadcasts::read, Broadcast.State.DRAFT.name(),
                by.platform(), by.userId()).stream().findFirst();
    }

    @Override
    public boolean confirm(long id, Instant sendAt) {
        return sql.update("confirming a broadcast", "UPDATE broadcast SET state = ?, send_at = ? WHERE id = ? AND state = ?",
                Broadcast.State.SCHEDULED.name(), sendAt, id, Broadcast.State.DRAFT.name()) > 0;
    }

    @Override
    public void enqueue(long id, List<ChatAddress> chats) {
        int seq = sql.query("numbering the outbox", "SELECT COUNT(*) FROM broadcast_delivery WHERE broadcast_id = ?",
                row -> row.getInt(1), id).get(0);
        for (ChatAddress chat : chats) {
            sql.update("writing the outbox", "INSERT INTO broadcast_delivery (broadcast_id, seq, platform, chat_id, state, claims) "
                    + "VALUES (?, ?, ?, ?, ?, 0)", id, seq++, chat.platform(), chat.chatId(), Delivery.State.PENDING.name());
        }
    }

    @Override
    public boolean cancel(long id) {
        return sql.update("cancelling a broadcast", "UPDATE broadcast SET state = ? WHERE id = ? AND state IN (?, ?)",
                Broadcast.State.CANCELLED.name(), id, Broadcast.State.DRAFT.name(), Broadcast.State.SCHEDULED.name()) > 0;
    }

    @Override
    public List<Broadcast> scheduled() {
        return sql.query("reading scheduled broadcasts", "SELECT " + COLUMNS + " FROM broadcast WHERE state = ? "
                + "ORDER BY send_at, id", JdbcBroadcasts::read, Broadcast.State.SCHEDULED.name());
    }

    @Override
    public List<Broadcast> runnable(Instant now) {
        return sql.query("reading due broadcasts", "SELECT " + COLUMNS + " FROM broadcast WHERE state = ? "
                + "OR (state = ? AND send_at <= ?) ORDER BY send_at, id", JdbcBroadcasts::read, Broadcast.State.SENDING.name(),
                Broadcast.State.SCHEDULED.name(), now);
    }

    @Override
    public boolean take(long id, String runner, Instant now, Instant staleBefore) {
        int started = sql.update("starting a broadcast", "UPDATE broadcast SET state = ?, started_at = ?, runner = ?, heartbeat = ? "
                + "WHERE id = ? AND state = ? AND send_at <= ?", Broadcast.State.SENDING.name(), now, runner, now, id,
                Broadcast.State.SCHEDULED.name(), now);
        return started > 0 || sql.update("taking over a broadcast", "UPDATE broadcast SET runner = ?, heartbeat = ? "
                + "WHERE id = ? AND state = ? AND (runner IS NULL OR runner = ? OR heartbeat < ?)", runner, now, id,
                Broadcast.State.SENDING.name(), runner, staleBefore) > 0;
    }

    @Override
    public void heartbeat(long id, String runner, Instant now) {
        sql.update("noting a worker alive", "UPDATE broadcast SET heartbeat = ? WHERE id = ? AND runner = ?", now, id, runner);
    }

    @Override
    public void setStatusMessage(long id, String messageId) {
        sql.update("noting the progress message", "UPDATE broadcast SET status_message = ? WHERE id = ?", messageId, id);
    }

    @Override
    public List<Delivery> unsettled(long id) {
        return sql.query("reading the outbox", "SELECT " + DELIVERY_COLUMNS + " FROM broadcast_delivery WHERE broadcast_id = ? "
                + "AND state IN (?, ?) ORDER BY seq", JdbcBroadcasts::delivery, id, Delivery.State.PENDING.name(),
                Delivery.State.SENDING.name());
    }

    @Override
    public boolean claim(long id, ChatAddress to, String runner, Instant now, Instant staleBefore) {
        return sql.update("claiming a delivery", "UPDATE broadcast_delivery SET state = ?, claimed_at = ?, "
                + "claims = claims + CASE WHEN state = ? AND claimed_by = ? THEN 0 ELSE 1 END, claimed_by = ? "
                + "WHERE broadcast_id = ? AND platform = ? AND chat_id = ? AND (state = ? OR (state = ? AND "
                + "(claimed_by = ? OR claimed_at < ?)))", Delivery.State.SENDING.name(), now, Delivery.State.SENDING.name(),
                runner, runner, id, to.platform(), to.chatId(), Delivery.State.PENDING.name(), Delivery.State.SENDING.name(),
                runner, staleBefore) > 0;
    }

    @Override
    public void sent(long id, ChatAddress to, String messageId, Instant now) {
        settle(id, to, Delivery.State.SENT, messageId, null, now);
    }

    @Override
    public void failed(long id, ChatAddress to, String reason, Instant now) {
        settle(id, to, Delivery.State.FAILED, null, reason.length() > 300 ? reason.substring(0, 299) + "…" : reason, now);
    }

    private void settle(long id, ChatAddress to, Delivery.State state, String messageId, String reason, Instant now) {
        sql.update("recording a delivery", "UPDATE broadcast_delivery SET state = ?, message_id = ?, reason = ?, settled_at = ? "
                + "WHERE broadcast_id = ? AND platform = ? AND chat_id = ?", state.name(), messageId, reason, now, id,
                to.platform(), to.chatId());
    }

    @Override
    public DeliveryTally tally(long id) {
        return Tallies.of(sql.query("counting deliveries", "SELECT " + DELIVERY_COLUMNS + " FROM broadcast_delivery "
                + "WHERE broadcast_id = ? ORDER BY seq", JdbcBroadcasts::delivery, id));
    }

    @Override
    public void finish(long id, Instant now) {
        sql.update("finishing a broadcast", "UPDATE broadcast SET state = ?, finished_at = ?, runner = NULL WHERE id = ? AND state = ?",
                Broadcast.State.DONE.name(), now, id, Broadcast.State.SENDING.name());
    }

    private Optional<Broadcast> one(String query, Object... parameters) {
        return sql.query("reading a broadcast", query, JdbcBroadcasts::read, parameters).stream().findFirst();
    }

    private static Broadcast read(ResultSet row) throws SQLException {
        Announcement announcement = new Announcement(Language.fromTag(row.getString("language")).orElse(Language.FR),
                row.getString("action_id"), row.getString("title"), row.getString("body"), row.getString("button_label"));
        return new Broadcast(row.getLong("id"), announcement,
                new ConversationKey(row.getString("by_platform"), row.getString("by_user")), row.getString("report_chat"),
                Optional.ofNullable(row.getString("status_message")), Sql.instant(row, "created_at").orElseThrow(),
                Sql.instant(row, "send_at").orElseThrow(), Broadcast.State.valueOf(row.getString("state")),
                Sql.instant(row, "started_at"), Sql.instant(row, "finished_at"));
    }

    private static Delivery delivery(ResultSet row) throws SQLException {
        return new Delivery(row.getLong("broadcast_id"), new ChatAddress(row.getString("platform"), row.getString("chat_id")),
                Delivery.State.valueOf(row.getString("state")), row.getInt("claims"),
                Optional.ofNullable(row.getString("message_id")), Optional.ofNullable(row.getString("reason")));
    }
}
