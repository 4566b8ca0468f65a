package org.relais.core.receive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.relais.core.receive.PersonQueues.Admission;
import org.relais.core.testing.Pauses;

/** One person in order, others alongside, a flooder bounded on their own, a bounded close. */
@Timeout(20)
class PersonQueuesTest {

    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Test
    void aPersonsTasksRunInOrderOneAtATimeWhileAnotherPersonsRunAlongside() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (PersonQueues queues = new PersonQueues("test", 2, 20, 100, Duration.ofSeconds(2))) {
            queues.submit("marie", () -> {
                Pauses.await(release);
                ran.add("marie-1");
            });
            for (int i = 2; i <= 5; i++) {
                String name = "marie-" + i;
                queues.submit("marie", () -> ran.add(name));
            }
            CountDownLatch luc = new CountDownLatch(1);
            queues.submit("luc", () -> {
                ran.add("luc");
                luc.countDown();
            });
            assertThat(luc.await(5, TimeUnit.SECONDS)).as("Luc does not wait for Marie").isTrue();
            assertThat(ran).containsExactly("luc");
            release.countDown();
        }
        assertThat(ran).containsExactly("luc", "marie-1", "marie-2", "marie-3", "marie-4", "marie-5");
    }

    @Test
    void aFloodersQueueIsFullForThemAloneAndTheTotalBoundsEveryone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (PersonQueues queues = new PersonQueues("test", 2, 3, 6, Duration.ofSeconds(2))) {
            for (int i = 0; i < 3; i++) {
                assertThat(queues.submit("flooder", () -> Pauses.await(release))).isEqualTo(Admission.TAKEN);
            }
            assertThat(queues.submit("flooder", () -> ran.add("lost"))).isEqualTo(Admission.FULL);
            assertThat(queues.submit("luc", () -> {
                Pauses.await(release);
                ran.add("luc");
            })).isEqualTo(Admission.TAKEN);
            assertThat(queues.submit("ana", () -> Pauses.await(release))).isEqualTo(Admission.TAKEN);
            assertThat(queues.submit("bea", () -> Pauses.await(release))).isEqualTo(Admission.TAKEN);
            assertThat(queues.submit("carl", () -> ran.add("carl"))).as("six queued in all").isEqualTo(Admission.FULL);
            assertThat(queues.hasRoom()).isFalse();
            release.countDown();
        }
        assertThat(ran).containsExactly("luc");
    }

    @Test
    void closeLetsQueuedTasksFinishWithinTheDrainThenRefusesMore() {
        PersonQueues queues = new PersonQueues("test", 1, 20, 100, Duration.ofSeconds(2));
        for (int i = 0; i < 5; i++) {
            String name = "t" + i;
            queues.submit("marie", () -> {
                Pauses.sleep(20);
                ran.add(name);
            });
        }
        queues.close();
        assertThat(ran).containsExactly("t0", "t1", "t2", "t3", "t4");
        assertThat(queues.submit("marie", () -> ran.add("late"))).isEqualTo(Admission.CLOSED);
        assertThat(queues.pending()).isZero();
    }

    @Test
    void aFailingTaskDoesNotStopTheNext() throws Exception {
        CountDownLatch next = new CountDownLatch(1);
        try (PersonQueues queues = new PersonQueues("test", 1, 20, 100, Duration.ofSeconds(2))) {
            queues.submit("marie", () -> {
                throw new IllegalStateException("a bug");
            });
            queues.submit("marie", next::countDown);
            assertThat(next.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
