package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.core.port.Milestone.POSTED;
import static org.relais.core.port.Milestone.READY;
import static org.relais.core.port.Milestone.STARTED;
import static org.relais.core.port.Samples.ALICE;
import static org.relais.core.port.Samples.ALICE_ON_SLACK;
import static org.relais.core.port.Samples.BOB;
import static org.relais.core.port.Samples.T0;
import static org.relais.core.port.Samples.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.ConversationKey;

/**
 * The statistics a store reads: milestone counts per action and per day in the campaign's time zone,
 * checked on small cases written out and on a few hundred records generated from a fixed seed and
 * tallied here independently of any store.
 */
public interface StatisticsContract extends StoreFixture {
    ZoneId MONTREAL = ZoneId.of("America/Toronto");

    private void record(ConversationKey key, String action, Milestone milestone, Instant at) {
        inTxDo(tx -> tx.progress().record(key, action, milestone, at));
    }

    private MilestoneCounts counts(String action) {
        return inTx(tx -> tx.progress().milestoneCounts(action));
    }

    private List<DailyCounts> days(String action, ZoneId zone) {
        return inTx(tx -> tx.progress().milestonesPerDay(action, zone));
    }

    private static DailyCounts day(String date, long started, long ready, long posted) {
        return new DailyCounts(LocalDate.parse(date), new MilestoneCounts(started, ready, posted));
    }

    @Test
    default void anActionNobodyStartedCountsNothing() {
        record(ALICE, "a1", STARTED, T0);

        assertThat(counts("a2")).isEqualTo(MilestoneCounts.NONE);
        assertThat(days("a2", MONTREAL)).isEmpty();
    }

    @Test
    default void eachPersonCountsOncePerMilestoneReachedOnTheAction() {
        record(ALICE, "a1", STARTED, T0);
        record(ALICE, "a1", READY, at(60));
        record(ALICE, "a1", READY, at(90));
        record(ALICE, "a1", POSTED, at(120));
        record(BOB, "a1", STARTED, at(10));
        record(BOB, "a1", STARTED, at(20));
        record(ALICE_ON_SLACK, "a1", POSTED, at(30));
        record(BOB, "a2", READY, at(40));
        record(BOB, "a10", STARTED, at(50));

        assertThat(counts("a1")).isEqualTo(new MilestoneCounts(3, 1, 2));
        assertThat(counts("a2")).isEqualTo(new MilestoneCounts(1, 1, 0));
        assertThat(counts("a")).isEqualTo(MilestoneCounts.NONE);
    }

    @Test
    default void eachMilestoneCountsOnTheDayItWasFirstReached() {
        Instant day1 = Instant.parse("2025-03-03T15:00:00Z");
        record(ALICE, "a1", STARTED, day1);
        record(ALICE, "a1", READY, day1.plus(Duration.ofDays(1)));
        record(ALICE, "a1", POSTED, day1.plus(Duration.ofDays(2)));
        record(ALICE, "a1", POSTED, day1.plus(Duration.ofDays(3)));
        record(BOB, "a1", POSTED, day1.plus(Duration.ofDays(2)));

        assertThat(days("a1", MONTREAL)).containsExactly(
                day("2025-03-03", 1, 0, 0),
                day("2025-03-04", 0, 1, 0),
                day("2025-03-05", 1, 0, 2));
    }

    /** 22:30 in Montréal is already tomorrow in UTC: the campaign's day is the one that counts. */
    @Test
    default void daysAreCutInTheZoneAsked() {
        record(ALICE, "a1", STARTED, Instant.parse("2025-03-02T03:30:00Z"));
        record(BOB, "a1", STARTED, Instant.parse("2025-03-02T12:00:00Z"));

        assertThat(days("a1", MONTREAL)).containsExactly(day("2025-03-01", 1, 0, 0), day("2025-03-02", 1, 0, 0));
        assertThat(days("a1", ZoneOffset.UTC)).containsExactly(day("2025-03-02", 2, 0, 0));
    }

    @Test
    default void someoneForgottenLeavesTheCountsButTheirPostsStayCounted() {
        record(ALICE, "a1", POSTED, T0);
        record(BOB, "a1", STARTED, at(5));
        inTxDo(tx -> tx.completions().add(new Completion("a1", "Lucie", "x", LocalDate.of(2025, 3, 1))));

        forget(ALICE);

        assertThat(counts("a1")).isEqualTo(new MilestoneCounts(1, 0, 0));
        assertThat(countsFor("a1")).containsExactly(new CompletionCount("Lucie", "x", 1));
    }

    /**
     * Sixty people on two platforms, four actions, three weeks around a change of time, records and
     * posts drawn from a fixed seed: every count the store gives is the one tallied here.
     */
    @Test
    default void manyPeopleOverManyDaysMatchAnIndependentTally() {
        Random random = new Random(20251124);
        List<String> actions = List.of("psoc", "depute", "a-very-long-action-id-of-32-char", "fini");
        List<String> targets = List.of("", "luciecharlebois", "Bureau régional", "ministre@example.org");
        List<String> networks = List.of("x", "bluesky", "mastodon", "threads", "facebook", "email");
        Instant start = Instant.parse("2025-02-24T04:00:00Z");
        record Event(ConversationKey who, String action, Milestone milestone, Instant at) {}
        List<Event> events = new ArrayList<>();
        for (int person = 0; person < 60; person++) {
            ConversationKey who = new ConversationKey(person % 2 == 0 ? "telegram" : "slack", "u" + person);
            for (String action : actions) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                int records = 1 + random.nextInt(5);
                for (int i = 0; i < records; i++) {
                    Instant at = start.plusSeconds(random.nextInt(21 * 24 * 3600));
                    events.add(new Event(who, action, Milestone.values()[random.nextInt(3)], at));
                }
            }
        }
        events.sort(Comparator.comparing(Event::at));
        Map<List<Object>, Instant[]> firsts = new HashMap<>();
        for (Event e : events) {
            record(e.who(), e.action(), e.milestone(), e.at());
            Instant[] times = firsts.computeIfAbsent(List.of(e.who(), e.action()), k -> new Instant[3]);
            if (times[0] == null) {
                times[0] = e.at();
            }
            if (e.milestone() != STARTED && times[e.milestone().ordinal()] == null) {
                times[e.milestone().ordinal()] = e.at();
            }
        }
        Map<List<String>, Long> posts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        for (int i = 0; i < 300; i++) {
            String action = actions.get(random.nextInt(actions.size()));
            String target = targets.get(random.nextInt(targets.size()));
            String network = networks.get(random.nextInt(networks.size()));
            LocalDate day = LocalDate.of(2025, 2, 24).plusDays(random.nextInt(21));
            inTxDo(tx -> tx.completions().add(new Completion(action, target, network, day)));
            posts.merge(List.of(action, target, network), 1L, Long::sum);
        }

        for (String action : actions) {
            List<Instant[]> rows = firsts.entrySet().stream().filter(e -> e.getKey().get(1).equals(action))
                    .map(Map.Entry::getValue).toList();
            long ready = rows.stream().filter(t -> t[1] != null).count();
            long posted = rows.stream().filter(t -> t[2] != null).count();
            assertThat(counts(action)).as(action).isEqualTo(new MilestoneCounts(rows.size(), ready, posted));
            assertThat(days(action, MONTREAL)).as(action + " per day").isEqualTo(tallyPerDay(rows, MONTREAL));
            assertThat(countsFor(action)).as(action + " posts").containsExactlyElementsOf(posts.entrySet().stream()
                    .filter(e -> e.getKey().get(0).equals(action))
                    .map(e -> new CompletionCount(e.getKey().get(1), e.getKey().get(2), e.getValue()))
                    .sorted(Comparator.comparing(CompletionCount::target).thenComparing(CompletionCount::network))
                    .toList());
        }
    }

    /** The per-day counts of first times, computed the plain way: a day, then each person's three times. */
    private static List<DailyCounts> tallyPerDay(List<Instant[]> rows, ZoneId zone) {
        TreeMap<LocalDate, long[]> days = new TreeMap<>();
        for (Instant[] times : rows) {
            for (int m = 0; m < 3; m++) {
                if (times[m] != null) {
                    days.computeIfAbsent(LocalDate.ofInstant(times[m], zone), d -> new long[3])[m]++;
                }
            }
        }
        List<DailyCounts> out = new ArrayList<>();
        days.forEach((day, n) -> out.add(new DailyCounts(day, new MilestoneCounts(n[0], n[1], n[2]))));
        return out;
    }
}
