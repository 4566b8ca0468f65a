package org.relais.store.jdbc;

import java.sql.Connection;
import org.relais.core.port.Broadcasts;
import org.relais.core.port.CampaignStore;
import org.relais.core.port.ChatDirectory;
import org.relais.core.port.CompletionRepository;
import org.relais.core.port.ConversationRepository;
import org.relais.core.port.CoordinatorRoster;
import org.relais.core.port.Counters;
import org.relais.core.port.DeliveryLog;
import org.relais.core.port.ProgressRepository;
import org.relais.core.port.Subscriptions;
import org.relais.core.port.Tx;

/** The repositories of one transaction, all on its connection. */
final class JdbcTx implements Tx {
    private final ConversationRepository conversations;
    private final ProgressRepository progress;
    private final CompletionRepository completions;
    private final DeliveryLog deliveries;
    private final Counters counters;
    private final ChatDirectory chats;
    private final CoordinatorRoster coordinators;
    private final Subscriptions subscriptions;
    private final Broadcasts broadcasts;
    private final CampaignStore campaigns;

    JdbcTx(Connection connection) {
        Sql sql = new Sql(connection);
        conversations = new JdbcConversations(sql);
        progress = new JdbcProgress(sql);
        completions = new JdbcCompletions(sql);
        deliveries = new JdbcDeliveries(sql);
        counters = new JdbcCounters(sql);
        chats = new JdbcChats(sql);
        coordinators = new JdbcCoordinators(sql);
        subscriptions = new JdbcSubscriptions(sql);
        broadcasts = new JdbcBroadcasts(sql);
        campaigns = new JdbcCampaigns(sql);
    }

    @Override
    public ConversationRepository conversations() {
        return conversations;
    }

    @Override
    public ProgressRepository progress() {
        return progress;
    }

    @Override
    public CompletionRepository completions() {
        return completions;
    }

    @Override
    public DeliveryLog deliveries() {
        return deliveries;
    }

    @Override
    public Counters counters() {
        return counters;
    }

    @Override
    public ChatDirectory chats() {
        return chats;
    }

    @Override
    public CoordinatorRoster coordinators() {
        return coordinators;
    }

    @Override
    public Subscriptions subscriptions() {
        return subscriptions;
    }

    @Override
    public Broadcasts broadcasts() {
        return broadcasts;
    }

    @Override
    public CampaignStore campaigns() {
        return campaigns;
    }
}
