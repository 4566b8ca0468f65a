package org.relais.core.port;

/** The repositories, bound to one open transaction. Valid only inside {@link Store#inTransaction}. */
public interface Tx {

    ConversationRepository conversations();

    ProgressRepository progress();

    CompletionRepository completions();

    DeliveryLog deliveries();

    Counters counters();

    ChatDirectory chats();

    CoordinatorRoster coordinators();

    Subscriptions subscriptions();

    Broadcasts broadcasts();

    CampaignStore campaigns();
}
