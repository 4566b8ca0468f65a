package org.relais.core.text;

/** Where a volunteer may post or send the message. The ids are persisted (completions): keep them. */
public enum Network {
    X("x"),
    BLUESKY("bluesky"),
    MASTODON("mastodon"),
    THREADS("threads"),
    FACEBOOK("facebook"),
    EMAIL("email");

    private final String id;

    Network(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static java.util.Optional<Network> fromId(String id) {
        for (Network network : values()) {
            if (network.id.equals(id)) {
                return java.util.Optional.of(network);
            }
        }
        return java.util.Optional.empty();
    }
}
