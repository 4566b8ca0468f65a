package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.relais.core.port.CampaignSamples.campaign;
import static org.relais.core.port.CampaignSamples.full;
import static org.relais.core.port.CampaignSamples.minimal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.Localized;

/** The contract of {@link CampaignStore}: a campaign kept whole, actions in order, closing undone by reopening. */
public interface CampaignStoreContract extends StoreFixture {

    private Optional<Campaign> stored() {
        return inTx(tx -> tx.campaigns().load());
    }

    private OptionalLong version() {
        return inTx(tx -> tx.campaigns().version());
    }

    private void replace(Campaign campaign) {
        inTxDo(tx -> tx.campaigns().replace(campaign));
    }

    private void saveAction(Action action) {
        inTxDo(tx -> tx.campaigns().saveAction(action));
    }

    private boolean setClosed(String id, boolean closed) {
        return this.<Boolean>inTx(tx -> tx.campaigns().setClosed(id, closed));
    }

    private List<String> ids() {
        return stored().orElseThrow().actions().stream().map(Action::id).toList();
    }

    @Test
    default void nothingIsStoredAtFirst() {
        assertThat(version()).isEmpty();
        assertThat(stored()).isEmpty();
        assertThat(setClosed("psoc", true)).isFalse();
        assertThat(stored()).isEmpty();
    }

    @Test
    default void aCampaignComesBackFieldForFieldWithItsOrderAndItsClosedActions() {
        Campaign campaign = campaign(Set.of("b"), minimal("b"), full(), minimal("a"));
        replace(campaign);
        assertThat(stored()).contains(campaign);
        assertThat(ids()).containsExactly("b", "psoc-2026", "a");
        assertThat(version()).isPresent();
    }

    @Test
    default void replacingKeepsOnlyTheNewCampaign() {
        replace(campaign(Set.of("a"), minimal("a"), minimal("b"), full()));
        Campaign next = new Campaign(Localized.of("Autre", "Other"), List.of(minimal("c"), minimal("a")),
                Campaign.DEFAULT_ZONE, List.of(), Set.of());
        replace(next);
        assertThat(stored()).contains(next);
        assertThat(stored().orElseThrow().isClosed("a")).as("closed only if the new campaign says so").isFalse();
    }

    @Test
    default void aSavedActionKeepsItsPlaceAndItsStateAndANewOneComesLastOpen() {
        replace(campaign(Set.of("b"), minimal("a"), minimal("b")));
        Action edited = new Action("b", Localized.of("Nouveau titre", "New title"), full().description(), full().wordings(),
                full().targets(), full().requiredHashtags(), full().optionalHashtags(), full().relayPosts(), full().starts(),
                full().ends(), full().lengthRule(), full().emailSubject());
        saveAction(edited);
        saveAction(minimal("c"));
        Campaign back = stored().orElseThrow();
        assertThat(back.actions()).containsExactly(minimal("a"), edited, minimal("c"));
        assertThat(back.closed()).containsExactly("b");
        assertThat(back.name()).isEqualTo(campaign(Set.of()).name());
    }

    @Test
    default void anActionCannotBeSavedBeforeACampaignIs() {
        Throwable refused = catchThrowable(() -> saveAction(minimal("a")));
        assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageContaining("no campaign is stored");
        assertThat(stored()).isEmpty();
        assertThat(version()).isEmpty();
    }

    @Test
    default void anActionIsClosedThenReopenedAndAnUnknownOneIsNot() {
        replace(campaign(Set.of(), minimal("a"), minimal("b")));
        assertThat(setClosed("b", true)).isTrue();
        assertThat(stored().orElseThrow().closed()).containsExactly("b");
        assertThat(setClosed("b", false)).isTrue();
        assertThat(stored().orElseThrow().closed()).isEmpty();
        long before = version().orElseThrow();
        assertThat(setClosed("zz", true)).isFalse();
        assertThat(version()).hasValue(before);
        assertThat(ids()).containsExactly("a", "b");
    }

    @Test
    default void everyChangeMovesTheVersionAndReadingDoesNot() {
        List<Long> versions = new ArrayList<>();
        replace(campaign(Set.of(), minimal("a")));
        versions.add(version().orElseThrow());
        stored();
        versions.add(version().orElseThrow());
        saveAction(minimal("b"));
        versions.add(version().orElseThrow());
        setClosed("a", true);
        versions.add(version().orElseThrow());
        replace(campaign(Set.of(), minimal("a")));
        versions.add(version().orElseThrow());
        assertThat(versions.get(1)).isEqualTo(versions.get(0));
        assertThat(List.of(versions.get(0), versions.get(2), versions.get(3), versions.get(4))).doesNotHaveDuplicates();
    }

    @Test
    default void changesInAFailedTransactionAreUndone() {
        Campaign campaign = campaign(Set.of(), minimal("a"), minimal("b"));
        replace(campaign);
        long before = version().orElseThrow();
        catchThrowable(() -> inTxDo(tx -> {
            tx.campaigns().saveAction(minimal("c"));
            tx.campaigns().setClosed("a", true);
            tx.campaigns().replace(campaign(Set.of(), full()));
            throw new IllegalStateException("rolled back");
        }));
        assertThat(stored()).contains(campaign);
        assertThat(version()).hasValue(before);
    }

    /** Two coordinators, maybe on two instances, add an action each at the same moment: both are kept, one after the other. */
    @Test
    default void actionsAddedAtOnceAreBothKeptEachInItsOwnPlace() throws Exception {
        replace(campaign(Set.of(), minimal("a")));
        long before = version().orElseThrow();
        CountDownLatch bothOpen = new CountDownLatch(2);
        List<Callable<Boolean>> racers = new ArrayList<>();
        for (String id : List.of("b", "c")) {
            racers.add(() -> retrying(tx -> {
                meet(bothOpen);
                tx.campaigns().saveAction(minimal(id));
                return true;
            }));
        }

        Race.all(racers).forEach(Race.Outcome::value);

        assertThat(ids()).hasSize(3).startsWith("a").contains("b", "c");
        assertThat(version()).isNotEqualTo(OptionalLong.of(before));
    }
}
