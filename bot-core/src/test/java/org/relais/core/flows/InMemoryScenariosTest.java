package org.relais.core.flows;

import org.junit.jupiter.api.Nested;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.testing.ScenarioStores;

/** Every conversation scenario on the in-memory store. */
class InMemoryScenariosTest {
    private static final ScenarioStores MEMORY = InMemoryStore::new;

    @Nested
    class Volunteer extends VolunteerScenarios {
        Volunteer() {
            super(MEMORY);
        }
    }

    @Nested
    class Shortening extends ShorteningScenarios {
        Shortening() {
            super(MEMORY);
        }
    }

    @Nested
    class Input extends InputScenarios {
        Input() {
            super(MEMORY);
        }
    }

    @Nested
    class Navigation extends NavigationScenarios {
        Navigation() {
            super(MEMORY);
        }
    }

    @Nested
    class FreeText extends FreeTextScenarios {
        FreeText() {
            super(MEMORY);
        }
    }

    @Nested
    class DraftKeeping extends DraftKeepingScenarios {
        DraftKeeping() {
            super(MEMORY);
        }
    }

    @Nested
    class Coordination extends CoordinationScenarios {
        Coordination() {
            super(MEMORY);
        }
    }

    @Nested
    class Broadcasting extends BroadcastScenarios {
        Broadcasting() {
            super(MEMORY);
        }
    }

    @Nested
    class ActionEditor extends ActionEditorScenarios {
        ActionEditor() {
            super(MEMORY);
        }
    }

    @Nested
    class Stats extends StatsScenarios {
        Stats() {
            super(MEMORY);
        }
    }

    @Nested
    class ActionEditing extends ActionEditingScenarios {
        ActionEditing() {
            super(MEMORY);
        }
    }
}
