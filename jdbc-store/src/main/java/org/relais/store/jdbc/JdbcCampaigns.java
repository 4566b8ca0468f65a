package org.relais.store.jdbc;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.CampaignCodec;
import org.relais.core.port.CampaignStore;

/**
 * The campaign in tables {@code campaign} (one row: its own fields and the version) and
 * {@code campaign_action} (one document per action, see {@link CampaignCodec}). Every write first
 * bumps the version: that update locks the campaign's row, so concurrent changes from several
 * instances take turns, and an action added by each gets its own place.
 */
final class JdbcCampaigns implements CampaignStore {
    private static final int ROW = 1;

    private final Sql sql;

    JdbcCampaigns(Sql sql) {
        this.sql = sql;
    }

    @Override
    public OptionalLong version() {
        return sql.query("reading the campaign's version", "SELECT version FROM campaign WHERE id = ?",
                row -> row.getLong(1), ROW).stream().mapToLong(Long::longValue).findFirst();
    }

    @Override
    public Optional<Campaign> load() {
        Optional<String> header = sql.query("reading the campaign", "SELECT data FROM campaign WHERE id = ?",
                row -> row.getString(1), ROW).stream().findFirst();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Set<String> closed = new HashSet<>();
        List<Action> actions = sql.query("reading the campaign's actions",
                "SELECT action_id, closed, data FROM campaign_action ORDER BY sort_order", row -> {
                    if (row.getBoolean("closed")) {
                        closed.add(row.getString("action_id"));
                    }
                    return CampaignCodec.decodeAction(row.getString("action_id"), row.getString("data"));
                });
        return Optional.of(CampaignCodec.decodeHeader(header.get(), actions, closed));
    }

    @Override
    public void replace(Campaign campaign) {
        String header = CampaignCodec.encodeHeader(campaign);
        if (sql.update("replacing the campaign", "UPDATE campaign SET data = ?, version = version + 1 WHERE id = ?",
                header, ROW) == 0) {
            sql.update("storing the campaign", "INSERT INTO campaign (id, data, version) VALUES (?, ?, 1)", ROW, header);
        }
        sql.update("replacing the campaign's actions", "DELETE FROM campaign_action");
        for (int i = 0; i < campaign.actions().size(); i++) {
            Action action = campaign.actions().get(i);
            insert(action, i, campaign.isClosed(action.id()));
        }
    }

    @Override
    public void saveAction(Action action) {
        bump();
        String data = CampaignCodec.encodeAction(action);
        if (sql.update("saving an action", "UPDATE campaign_action SET data = ? WHERE action_id = ?", data, action.id()) == 0) {
            int last = sql.query("placing a new action", "SELECT COALESCE(MAX(sort_order), -1) FROM campaign_action",
                    row -> row.getInt(1)).get(0);
            insert(action, last + 1, false);
        }
    }

    @Override
    public boolean setClosed(String actionId, boolean closed) {
        boolean found = sql.update("closing or reopening an action",
                "UPDATE campaign_action SET closed = ? WHERE action_id = ?", closed, actionId) > 0;
        if (found) {
            bump();
        }
        return found;
    }

    private void insert(Action action, int order, boolean closed) {
        sql.update("adding an action", "INSERT INTO campaign_action (action_id, sort_order, closed, data) VALUES (?, ?, ?, ?)",
                action.id(), order, closed, CampaignCodec.encodeAction(action));
    }

    /** Takes the campaign's row for this transaction and marks the change for every instance's cache. */
    private void bump() {
        if (sql.update("changing the campaign", "UPDATE campaign SET version = version + 1 WHERE id = ?", ROW) == 0) {
            throw new IllegalStateException("no campaign is stored: store the one in force before saving an action");
        }
    }
}
