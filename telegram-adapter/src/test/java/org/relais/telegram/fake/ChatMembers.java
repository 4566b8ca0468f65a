package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Bot API {@code ChatMember} objects, with the fields each status carries. */
final class ChatMembers {

    private static final String[] ADMIN_RIGHTS = {"can_manage_chat", "can_delete_messages", "can_manage_video_chats",
        "can_restrict_members", "can_change_info", "can_invite_users"};
    private static final String[] ADMIN_STORY_RIGHTS = {"can_promote_members", "can_post_stories", "can_edit_stories",
        "can_delete_stories"};
    private static final String[] RESTRICTIONS = {"can_send_messages", "can_send_audios", "can_send_documents",
        "can_send_photos", "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
        "can_send_other_messages", "can_add_web_page_previews", "can_change_info", "can_invite_users",
        "can_pin_messages", "can_manage_topics"};

    private ChatMembers() {
    }

    /**
     * A member with {@code status} (creator, administrator, member, restricted, left or kicked).
     *
     * @param chatType the chat's type: a channel administrator has posting rights, a group one pinning rights
     */
    static ObjectNode member(String status, ObjectNode user, String chatType) {
        ObjectNode member = Params.JSON.createObjectNode().put("status", status);
        member.set("user", user);
        switch (status) {
            case "creator" -> member.put("is_anonymous", false);
            case "administrator" -> administrator(member, chatType);
            case "restricted" -> {
                member.put("is_member", true);
                for (String right : RESTRICTIONS) {
                    member.put(right, false);
                }
                member.put("until_date", 0);
            }
            case "kicked" -> member.put("until_date", 0);
            case "member", "left" -> {
                // no more fields
            }
            default -> throw new IllegalArgumentException("unknown chat member status: " + status);
        }
        return member;
    }

    private static void administrator(ObjectNode member, String chatType) {
        member.put("can_be_edited", false).put("is_anonymous", false);
        for (String right : ADMIN_RIGHTS) {
            member.put(right, true);
        }
        for (String right : ADMIN_STORY_RIGHTS) {
            member.put(right, false);
        }
        if (chatType.equals("channel")) {
            member.put("can_post_messages", true).put("can_edit_messages", true);
        } else {
            member.put("can_pin_messages", true);
            if (chatType.equals("supergroup")) {
                member.put("can_manage_topics", false);
            }
        }
    }
}
