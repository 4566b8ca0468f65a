package org.relais.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.catalog.CatalogInForce;
import org.relais.core.port.CampaignSamples;
import org.relais.core.testing.TestCampaigns;

/**
 * Two instances on one database (two pools here, as two processes on PostgreSQL): an action a
 * coordinator adds or closes through one is in force on the other at its next event.
 */
class SharedCatalogTest {
    @TempDir
    Path dir;

    @Test
    void onH2() {
        String url = "jdbc:h2:file:" + dir.resolve("relais").toAbsolutePath();
        try (JdbcStore one = JdbcStore.open(JdbcSettings.of(url)); JdbcStore other = JdbcStore.open(JdbcSettings.of(url))) {
            editsOnOneAreInForceOnTheOther(one, other);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (TestPostgres postgres = TestPostgres.createSchema();
                JdbcStore one = JdbcStore.open(JdbcSettings.of(postgres.url()));
                JdbcStore other = JdbcStore.open(JdbcSettings.of(postgres.url()))) {
            editsOnOneAreInForceOnTheOther(one, other);
        }
    }

    private static void editsOnOneAreInForceOnTheOther(JdbcStore one, JdbcStore other) {
        Campaign settings = TestCampaigns.standard();
        CatalogInForce there = new CatalogInForce(other, settings);
        assertThat(there.current()).isSameAs(settings);

        one.inTransaction(tx -> {
            tx.campaigns().replace(CampaignSamples.campaign(Set.of(), CampaignSamples.minimal("a")));
            return null;
        });
        Campaign stored = there.current();
        assertThat(stored.actions()).extracting(Action::id).containsExactly("a");
        assertThat(there.current()).as("unchanged: kept in memory").isSameAs(stored);

        one.inTransaction(tx -> {
            tx.campaigns().saveAction(CampaignSamples.full());
            tx.campaigns().setClosed("a", true);
            return null;
        });
        Campaign edited = other.inTransaction(tx -> there.current(tx));
        assertThat(edited.actions()).extracting(Action::id).containsExactly("a", "psoc-2026");
        assertThat(edited.isClosed("a")).isTrue();
        assertThat(edited.activeOn(LocalDate.parse("2026-06-01"))).extracting(Action::id).containsExactly("psoc-2026");
    }
}
