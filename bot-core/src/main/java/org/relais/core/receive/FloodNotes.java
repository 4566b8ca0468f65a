package org.relais.core.receive;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.core.chat.RichText;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;

/**
 * What a person whose queue is full ({@link PersonQueues.Admission#FULL}) is told: a pressed button
 * always stops spinning with a short notice; a message gets, at most once a minute, one line saying
 * that what they send meanwhile is skipped (so a flooder gets one note, not one per message). In
 * memory for the most recent people; thread-safe.
 */
public final class FloodNotes {
    static final Duration EVERY = Duration.ofMinutes(1);
    private static final int PEOPLE = 10_000;

    private final Map<String, Long> lastNote = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > PEOPLE;
        }
    };

    /**
     * The answer to an update that was skipped.
     *
     * @param nowNanos {@link System#nanoTime()}
     */
    public synchronized Response skipped(String person, Language language, long nowNanos) {
        String line = Messages.get(language, "flood.slow_down");
        Long last = lastNote.get(person);
        if (last != null && nowNanos - last < EVERY.toNanos()) {
            return new Response(List.of(), Optional.of(Messages.get(language, "flood.notice")));
        }
        lastNote.put(person, nowNanos);
        Reply note = new Reply(new RichText().plain(line).spans(), List.of(), false);
        return new Response(List.of(note), Optional.of(Messages.get(language, "flood.notice")));
    }
}
