package org.relais.store.jdbc.scenarios;

import org.junit.jupiter.api.Nested;
import org.relais.core.flows.BroadcastScenarios;
import org.relais.core.flows.ActionEditingScenarios;
import org.relais.core.flows.ActionEditorScenarios;
import org.relais.core.flows.CoordinationScenarios;
import org.relais.core.flows.DraftKeepingScenarios;
import org.relais.core.flows.FreeTextScenarios;
import org.relais.core.flows.InputScenarios;
import org.relais.core.flows.NavigationScenarios;
import org.relais.core.flows.ShorteningScenarios;
import org.relais.core.flows.StatsScenarios;
import org.relais.core.flows.VolunteerScenarios;
import org.relais.core.testing.ScenarioStores;

/** Every conversation scenario on H2 file databases, with a real close and reopen for restarts. */
class H2ScenariosTest {
    private final ScenarioStores h2 = new H2Stores();

    @Nested
    class Volunteer extends VolunteerScenarios {
        Volunteer() {
            super(h2);
        }
    }

    @Nested
    class Shortening extends ShorteningScenarios {
        Shortening() {
            super(h2);
        }
    }

    @Nested
    class Input extends InputScenarios {
        Input() {
            super(h2);
        }
    }

    @Nested
    class Navigation extends NavigationScenarios {
        Navigation() {
            super(h2);
        }
    }

    @Nested
    class FreeText extends FreeTextScenarios {
        FreeText() {
            super(h2);
        }
    }

    @Nested
    class DraftKeeping extends DraftKeepingScenarios {
        DraftKeeping() {
            super(h2);
        }
    }

    @Nested
    class Coordination extends CoordinationScenarios {
        Coordination() {
            super(h2);
        }
    }

    @Nested
    class Broadcasting extends BroadcastScenarios {
        Broadcasting() {
            super(h2);
        }
    }

    @Nested
    class ActionEditor extends ActionEditorScenarios {
        ActionEditor() {
            super(h2);
        }
    }

    @Nested
    class Stats extends StatsScenarios {
        Stats() {
            super(h2);
        }
    }

    @Nested
    class ActionEditing extends ActionEditingScenarios {
        ActionEditing() {
            super(h2);
        }
    }
}
