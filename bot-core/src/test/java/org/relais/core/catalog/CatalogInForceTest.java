package org.relais.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.relais.core.campaign.Campaign;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.CampaignSamples;
import org.relais.core.port.CampaignStore;
import org.relais.core.testing.TestCampaigns;

/** The settings' campaign until the database holds one; then the stored one, loaded again only when it changed. */
class CatalogInForceTest {
    private final InMemoryStore store = new InMemoryStore();
    private final Campaign settings = TestCampaigns.standard();
    private final CatalogInForce catalog = new CatalogInForce(store, settings);

    private Campaign inTransaction() {
        return store.inTransaction(tx -> catalog.current(tx));
    }

    private void write(Consumer<CampaignStore> change) {
        store.inTransaction(tx -> {
            change.accept(tx.campaigns());
            return null;
        });
    }

    @Test
    void theSettingsCampaignIsInForceWhileTheDatabaseHoldsNone() {
        assertThat(catalog.current()).isSameAs(settings);
        assertThat(inTransaction()).isSameAs(settings);
    }

    @Test
    void aStoredCampaignIsInForceAndReadAgainOnlyWhenItChanges() {
        Campaign stored = CampaignSamples.campaign(Set.of(), CampaignSamples.minimal("a"));
        write(campaigns -> campaigns.replace(stored));

        Campaign first = catalog.current();
        assertThat(first).isEqualTo(stored);
        assertThat(catalog.current()).as("nothing changed: the copy in memory").isSameAs(first);

        write(campaigns -> campaigns.saveAction(CampaignSamples.minimal("b")));
        Campaign second = inTransaction();
        assertThat(second.actions()).hasSize(2);
        assertThat(catalog.current()).isSameAs(second);

        write(campaigns -> campaigns.setClosed("a", true));
        assertThat(catalog.current().isClosed("a")).isTrue();
    }
}
