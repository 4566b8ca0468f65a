package org.relais.core.flows;

import static org.relais.core.flows.States.BROADCAST_PREVIEW;
import static org.relais.core.flows.States.CHOOSE_LANGUAGE;
import static org.relais.core.flows.States.CONFIRM_FORGET;
import static org.relais.core.flows.States.GUIDE;
import static org.relais.core.flows.States.MENU;
import static org.relais.core.flows.States.RELAY;
import static org.relais.core.flows.States.TIPS;

import java.util.List;
import java.util.Optional;
import org.relais.core.engine.Dialog;
import org.relais.core.engine.Next;
import org.relais.core.flows.broadcast.BroadcastFlow;
import org.relais.core.flows.coordination.ActionEditorFlow;
import org.relais.core.flows.coordination.ActionList;
import org.relais.core.flows.coordination.CoordinatorCommand;
import org.relais.core.flows.coordination.StatsCommand;
import org.relais.core.flows.coordination.SubscriptionCommands;
import org.relais.core.flows.guide.GuideFlow;
import org.relais.core.flows.menu.Entry;
import org.relais.core.flows.menu.GroupInvitation;
import org.relais.core.flows.menu.HomeScreen;
import org.relais.core.flows.menu.MenuFlow;
import org.relais.core.flows.menu.SettingsFlow;
import org.relais.core.flows.volunteer.VolunteerFlow;
import org.relais.core.stats.ChartPainter;

/** Relais's whole conversation: the flows, and what works from any state. */
public final class RelaisDialog {
    private RelaisDialog() {}

    /** Opening an action may resume its draft at any of its steps. */
    private static String[] withDraftSteps(String... others) {
        List<String> targets = new java.util.ArrayList<>(List.of(others));
        targets.addAll(States.DRAFT_STEPS);
        return targets.toArray(String[]::new);
    }

    /** The dialog whose statistics are text alone. */
    public static Dialog create() {
        return create(Optional.empty());
    }

    /** The dialog whose statistics come with a chart drawn by {@code painter}. */
    public static Dialog create(ChartPainter painter) {
        return create(Optional.of(painter));
    }

    private static Dialog create(Optional<ChartPainter> painter) {
        StatsCommand stats = new StatsCommand(painter);
        return Dialog.builder(MENU)
                .flow(MenuFlow.table())
                .flow(VolunteerFlow.table())
                .flow(GuideFlow.table())
                .flow(SettingsFlow.table())
                .flow(BroadcastFlow.table())
                .flow(ActionEditorFlow.table())
                .start(Entry::start, withDraftSteps(MENU, GUIDE, TIPS))
                .command(List.of("start"), Entry::startCommand, withDraftSteps(MENU, GUIDE, TIPS))
                .command(Commands.MENU.names(), (turn, args) -> Next.go(MENU), MENU)
                .command(Commands.CANCEL.names(), Entry::cancel, MENU)
                .command(Commands.LANGUAGE.names(), SettingsFlow::languageCommand, CHOOSE_LANGUAGE)
                .command(Commands.FORGET.names(), (turn, args) -> Next.go(CONFIRM_FORGET), CONFIRM_FORGET)
                .command(Commands.HELP.names(), Entry::help)
                .command(Commands.GUIDE.names(), (turn, args) -> {
                    turn.conversation().setGuidePosition(GuideFlow.INDEX);
                    return Next.go(GUIDE);
                }, GUIDE)
                .command(Commands.TIPS.names(), (turn, args) -> Next.go(TIPS), TIPS)
                .command(Commands.RELAY.names(), (turn, args) -> Next.go(RELAY), RELAY)
                .coordinatorCommand(Commands.BROADCAST.names(), BroadcastFlow::command, BROADCAST_PREVIEW)
                .coordinatorButton(BroadcastFlow.PICK, BroadcastFlow::pick, BROADCAST_PREVIEW)
                .coordinatorButton(BroadcastFlow.CANCEL, BroadcastFlow::cancelScheduled)
                .coordinatorCommand(Commands.ACTIONS.names(), ActionList::handle, ActionEditorFlow.SUMMARY)
                .coordinatorCommand(Commands.STATS.names(), stats::handle)
                .coordinatorButton(StatsCommand.VERB, stats::button)
                .coordinatorCommand(Commands.SUBSCRIBE.names(), SubscriptionCommands::subscribeCommand)
                .coordinatorCommand(Commands.UNSUBSCRIBE.names(), SubscriptionCommands::unsubscribeCommand)
                .coordinatorCommand(Commands.COORDINATOR.names(), CoordinatorCommand::handle)
                .coordinatorButton(CoordinatorCommand.REMOVE, CoordinatorCommand::removeButton)
                .coordinatorCommand(Commands.NEW_ACTION.names(), ActionEditorFlow::newAction,
                        ActionEditorFlow.states().toArray(String[]::new))
                .coordinatorButton(SubscriptionCommands.SUBSCRIBE, SubscriptionCommands::subscribeButton)
                .coordinatorButton(SubscriptionCommands.UNSUBSCRIBE, SubscriptionCommands::unsubscribeButton)
                .coordinatorButton(ActionList.EDIT, ActionList::editButton, ActionEditorFlow.SUMMARY)
                .coordinatorButton(ActionList.CLOSE, ActionList::closeButton)
                .coordinatorButton(ActionList.REOPEN, ActionList::reopenButton)
                .chatCommand(Commands.SUBSCRIBE.names(), SubscriptionCommands::subscribeHere)
                .chatCommand(Commands.UNSUBSCRIBE.names(), SubscriptionCommands::unsubscribeHere)
                .unknownCommand(Entry::unknownCommand)
                .unsupported(Entry::unsupported)
                .groupRequest(GroupInvitation::answer)
                .home(HomeScreen::render)
                .fallbackText(MenuFlow::freeText, MENU, GUIDE, TIPS, RELAY)
                .globalButton("menu", (turn, payload) -> Next.go(MENU), MENU)
                .globalButton("a", VolunteerFlow::pickAction, withDraftSteps())
                .globalButton("resume", Entry::resume, States.DRAFT_STEPS.toArray(String[]::new))
                .globalButton("g", GuideFlow::open, GUIDE)
                .globalButton("tips", (turn, payload) -> Next.go(TIPS), TIPS)
                .globalButton("relay", (turn, payload) -> Next.go(RELAY), RELAY)
                .globalButton("l", SettingsFlow::switchLanguage)
                .build();
    }
}
