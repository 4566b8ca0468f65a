package org.relais.config.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.telegram.fake.FakeTelegram;
import org.relais.telegram.fake.TelegramChat;
import org.relais.telegram.fake.Updates;

/**
 * A broadcast from the real jar, killed with {@code kill -9} halfway and started again: every
 * subscribed group gets the announcement, and only a send that was on its way at the kill may arrive
 * twice, which the report then counts. The fake Bot API holds each call a little, as a network does,
 * so the kill lands in the middle.
 */
class BroadcastServeIT extends ServeITBase {
    private static final long ANNE = 6023381147L;
    private static final int GROUPS = 60;
    private static final Pattern TWICE = Pattern.compile("Peut-être reçues deux fois[\\s\\u00a0]*:[\\s\\u00a0]*(\\d+)");

    private final FakeTelegram fake = FakeTelegram.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private Map<String, String> env() {
        Map<String, String> env = telegramEnv(fake);
        env.put("RELAIS_COORDINATORS", "telegram:" + ANNE);
        return env;
    }

    private long announcements(long group) {
        return fake.messages(group).stream().filter(m -> m.plainText().contains("Rehausser le financement du PSOC")).count();
    }

    private long announcementsSoFar(List<Long> groups) {
        return groups.stream().mapToLong(this::announcements).sum();
    }

    @Test
    void aBroadcastKilledHalfwayGoesOnAfterARestartAndOnlyASendOnItsWayCanArriveTwice() throws Exception {
        serve(env());
        TelegramChat anne = new TelegramChat(fake, ANNE, "fr");
        anne.send("/start", "Choisissez une action");
        List<Long> groups = new ArrayList<>();
        for (int i = 1; i <= GROUPS; i++) {
            long group = -1003000000000L - i;
            groups.add(group);
            String text = "/abonner@" + fake.botUsername();
            fake.enqueue(fake.updates().groupText(group, ANNE, text, Updates.entity("bot_command", 0, text.length())));
        }
        for (long group : groups) {
            fake.awaitMessage(group, t -> t.contains("C’est fait"), Duration.ofSeconds(60));
        }
        fake.latency(Duration.ofMillis(150));
        anne.send("/diffuser psoc", "3 conversation".replace("3", Integer.toString(GROUPS)));
        anne.press("📣 Diffuser maintenant", "C’est parti");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (announcementsSoFar(groups) < GROUPS / 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        relais.kill();
        long beforeRestart = announcementsSoFar(groups);
        assertThat(beforeRestart).as("killed halfway").isBetween((long) GROUPS / 3, (long) GROUPS - 1);

        fake.latency(Duration.ZERO);
        serve(env());
        String report = fake.awaitMessage(ANNE, t -> t.contains("Rapport de la diffusion n°1"), Duration.ofSeconds(90))
                .plainText();
        assertThat(groups).as("no group skipped").allSatisfy(group -> assertThat(announcements(group)).isPositive());
        long duplicates = groups.stream().mapToLong(group -> announcements(group) - 1).sum();
        Matcher twice = TWICE.matcher(report);
        long maybeTwice = twice.find() ? Long.parseLong(twice.group(1)) : 0;
        assertThat(duplicates).as("only sends on their way at the kill; the report counts them").isLessThanOrEqualTo(maybeTwice);
        assertThat(maybeTwice).as("at most one call on its way per sender worker").isLessThanOrEqualTo(4);
        assertThat(report).contains("Livrées\u00a0: " + GROUPS + " sur " + GROUPS, "Échecs\u00a0: 0");
    }
}
