package org.relais.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.core.flows.RelaisDialog;

/** A flow table that could strand a conversation fails when it is built, saying how to fix it. */
class DialogTest {
    private static FlowTable.Builder twoStates() {
        return FlowTable.builder("t")
                .state("home", turn -> List.of(), s -> s.button("go", (turn, p) -> Next.go("away"), "away"))
                .state("away", turn -> List.of(), s -> s.text((turn, text) -> Next.go("home"), "home"));
    }

    private static Dialog.Builder dialog(FlowTable flow) {
        return Dialog.builder("home").flow(flow)
                .start((turn, payload) -> Next.go("home"), "home")
                .fallbackText((turn, text) -> Next.stay())
                .unknownCommand((turn, args) -> Next.stay())
                .unsupported((turn, text) -> Next.stay())
                .groupRequest((language, text) -> List.of())
                .home(turn -> List.of());
    }

    @Test
    void aValidDialogBuilds() {
        assertThat(dialog(twoStates().build()).build().state("away")).isPresent();
        assertThat(RelaisDialog.create().initial()).isEqualTo("menu");
    }

    @Test
    void anUnreachableStateIsRefused() {
        FlowTable flow = twoStates()
                .state("island", turn -> List.of(), s -> s.text((turn, text) -> Next.stay()))
                .build();
        assertThatThrownBy(() -> dialog(flow).build()).hasMessageContaining("state 'island' cannot be reached");
    }

    @Test
    void aRouteToAnUndeclaredStateIsRefused() {
        FlowTable flow = FlowTable.builder("t")
                .state("home", turn -> List.of(), s -> s.button("go", (turn, p) -> Next.go("nowhere"), "nowhere"))
                .build();
        assertThatThrownBy(() -> dialog(flow).build()).hasMessageContaining("state 'home' leads to 'nowhere'");
    }

    @Test
    void aStateWithoutHandlersIsRefused() {
        FlowTable flow = twoStates().state("mute", turn -> List.of(), s -> { }).build();
        assertThatThrownBy(() -> dialog(flow).build().toString())
                .hasMessageContaining("state 'mute' handles neither buttons nor text");
    }

    @Test
    void duplicatesAndBadNamesAreRefused() {
        assertThatThrownBy(() -> twoStates().state("home", turn -> List.of(), s -> s.text((t, x) -> Next.stay())).build())
                .hasMessageContaining("declared twice");
        assertThatThrownBy(() -> FlowTable.builder("t").state("Bad-Name", turn -> List.of(), s -> { }).build())
                .hasMessageContaining("must be 1-32 of [a-z_]");
        assertThatThrownBy(() -> dialog(twoStates().build()).flow(twoStates().build()).build())
                .hasMessageContaining("declared by two flows");
    }

    @Test
    void missingGlobalHandlersAreNamed() {
        assertThatThrownBy(() -> Dialog.builder("home").flow(twoStates().build()).build())
                .hasMessageContaining("no start handler")
                .hasMessageContaining("no fallback for free text")
                .hasMessageContaining("no answer to unknown commands")
                .hasMessageContaining("no answer to what cannot be read")
                .hasMessageContaining("no answer to requests in groups")
                .hasMessageContaining("no home view");
    }
}
