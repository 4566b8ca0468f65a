package org.relais.config.campaign;

import java.nio.file.Path;

/** The campaign files under {@code src/test/resources/campaigns/}, read as a user would name them. */
final class Fixtures {
    static final Path DIR = Path.of("src/test/resources/campaigns");

    private Fixtures() {}

    static Path path(String name) {
        return DIR.resolve(name);
    }

    static CampaignLoad load(String name) {
        return CampaignFiles.load(path(name));
    }

    static String file(String name) {
        return path(name).toString();
    }
}
