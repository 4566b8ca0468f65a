package org.relais.slack.fake;

/**
 * What the fake's Web API methods and its payload builder share: the workspace, its people and channels, the bot's
 * messages and App Homes, the source of ids, and whether {@code action_id}s must be unique per message
 * ({@link FakeSlackBuilder#uniqueActionIdsPerMessage}).
 */
record SlackState(Workspace workspace, Directory directory, MessageStore store, Ids ids,
        boolean actionIdsPerMessage) {
}
