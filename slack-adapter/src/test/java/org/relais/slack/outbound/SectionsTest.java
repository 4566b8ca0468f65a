package org.relais.slack.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Span;

/**
 * A reply's text cut into sections of at most 3000 characters of mrkdwn, escapes counted: at line
 * breaks first, then at spaces, never inside a surrogate pair, nothing lost; a span's pieces in one
 * section share one mark-up.
 */
class SectionsTest {
    private static List<Sections.Section> split(Span... spans) {
        List<Sections.Section> sections = Sections.split(List.of(spans));
        assertThat(sections).isNotEmpty().allSatisfy(section -> assertThat(section.mrkdwn().length())
                .as("a section of %d characters", section.mrkdwn().length()).isLessThanOrEqualTo(3000));
        return sections;
    }

    private static String plain(List<Sections.Section> sections, String separator) {
        return sections.stream().map(Sections.Section::plain).collect(Collectors.joining(separator));
    }

    @Test
    void aShortTextIsOneSectionRenderedAsMrkdwn() {
        List<Sections.Section> sections = split(new Span.Bold("Étape 1"), new Span.Plain("\nTapez /aide & voyez"));
        assertThat(sections).containsExactly(new Sections.Section("*Étape 1*\nTapez /relais aide &amp; voyez", "Étape 1\nTapez /aide & voyez"));
    }

    @Test
    void aLongTextIsCutAtLineBreaksWhenItHasThem() {
        List<String> lines = IntStream.range(0, 80).mapToObj(i -> "ligne " + i + " " + "é".repeat(90)).toList();
        List<Sections.Section> sections = split(new Span.Plain(String.join("\n", lines)));
        assertThat(sections).hasSizeGreaterThan(2);
        List<String> back = new ArrayList<>();
        sections.forEach(section -> back.addAll(Arrays.asList(section.plain().split("\n"))));
        assertThat(back).as("whole lines in each section, none lost").isEqualTo(lines);
    }

    @Test
    void aLongLineIsCutAtSpaces() {
        List<String> words = IntStream.range(0, 1500).mapToObj(i -> "mot" + i).toList();
        List<Sections.Section> sections = split(new Span.Plain(String.join(" ", words)));
        assertThat(sections).hasSizeGreaterThan(2);
        assertThat(Arrays.asList(plain(sections, " ").split(" "))).as("whole words, none lost").isEqualTo(words);
    }

    @Test
    void aLongWordIsNeverCutInsideASurrogatePair() {
        String emoji = "📣".repeat(2600) + "a" + "😀".repeat(1000);
        List<Sections.Section> sections = split(new Span.Plain(emoji));
        assertThat(sections).hasSizeGreaterThan(1).allSatisfy(section -> {
            assertThat(Character.isLowSurrogate(section.mrkdwn().charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(section.mrkdwn().charAt(section.mrkdwn().length() - 1))).isFalse();
        });
        assertThat(plain(sections, "")).isEqualTo(emoji);
    }

    @Test
    void escapesCountTowardsTheLimit() {
        String ampersands = "&".repeat(2000);
        for (Span span : List.of(new Span.Plain(ampersands), new Span.Bold(ampersands), new Span.Code(ampersands),
                new Span.Link(ampersands, "https://x.org/"))) {
            List<Sections.Section> sections = split(span);
            assertThat(sections).as("2000 & become 10000 characters").hasSizeGreaterThanOrEqualTo(4);
            assertThat(plain(sections, "")).isEqualTo(ampersands);
        }
    }

    @Test
    void anEscapeIsNeverCutInTwo() {
        List<Sections.Section> sections = split(new Span.Plain("<>&".repeat(1500)));
        assertThat(sections).allSatisfy(section -> assertThat(section.mrkdwn()).matches("((&lt;)|(&gt;)|(&amp;))+"));
    }

    @Test
    void piecesOfOneSpanInASectionShareOneMarkUp() {
        List<Sections.Section> code = split(new Span.Code("a & b\nc < d\ne"));
        assertThat(code).extracting(Sections.Section::mrkdwn).containsExactly("```a &amp; b\nc &lt; d\ne```");
    }
}
