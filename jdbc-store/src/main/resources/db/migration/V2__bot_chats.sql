-- The chats the bot is or was in (Telegram my_chat_member, Slack channel joins; a person who blocked
-- it): one row per (platform, chat), the latest state replacing the previous one. Coordinators
-- subscribe such chats to broadcasts.
CREATE TABLE bot_chat (
    platform   VARCHAR(16)  NOT NULL,
    chat_id    VARCHAR(128) NOT NULL,
    chat_type  VARCHAR(32)  NOT NULL,
    title      VARCHAR(500) NOT NULL,
    status     VARCHAR(32)  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (platform, chat_id)
);
