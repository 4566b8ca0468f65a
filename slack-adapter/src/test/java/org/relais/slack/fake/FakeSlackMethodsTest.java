package org.relais.slack.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workspace methods and the token checks, through Slack's own SDK (and raw HTTP where it cannot go). */
class FakeSlackMethodsTest extends WithFakeSlack {

    @Test
    void authTestNamesTheBotAndTheAppTokenNamesTheApp() throws IOException, SlackApiException {
        AuthTestResponse bot = methods.authTest(r -> r);
        AuthTestResponse app = slack.methods(fake.appToken()).authTest(r -> r);

        assertThat(bot.isOk()).isTrue();
        assertThat(bot.getTeamId()).isEqualTo("T0RELAIS1").isEqualTo(fake.teamId());
        assertThat(bot.getUserId()).isEqualTo(fake.botUserId());
        assertThat(bot.getBotId()).isEqualTo(fake.botId());
        assertThat(bot.getUrl()).isEqualTo("https://relais-test.slack.com/");
        assertThat(bot.isEnterpriseInstall()).isFalse();
        assertThat(app.isOk()).isTrue();
        assertThat(app.getAppId()).isEqualTo(fake.appId());
        assertThat(fake.botToken()).startsWith("xoxb-");
        assertThat(fake.appToken()).startsWith("xapp-1-" + fake.appId());
    }

    @Test
    void usersInfoGivesTheDeclaredLocaleOnlyWhenAskedFor() throws IOException, SlackApiException {
        fake.declareUser("U0FRANCINE", "fr-CA", "America/Montreal");
        fake.declareUser("U0DEFAULT", "en-US");

        UsersInfoResponse withLocale = methods.usersInfo(r -> r.user("U0FRANCINE").includeLocale(true));
        UsersInfoResponse without = methods.usersInfo(r -> r.user("U0FRANCINE"));
        UsersInfoResponse unknown = methods.usersInfo(r -> r.user("U0NOBODY").includeLocale(true));

        assertThat(withLocale.getUser().getLocale()).isEqualTo("fr-CA");
        assertThat(withLocale.getUser().getTz()).isEqualTo("America/Montreal");
        assertThat(withLocale.getUser().isBot()).isFalse();
        assertThat(withLocale.getUser().getTeamId()).isEqualTo(fake.teamId());
        assertThat(withLocale.getUser().getRealName()).isNotBlank();
        assertThat(without.getUser().getLocale()).isNull();
        assertThat(unknown.isOk()).isFalse();
        assertThat(unknown.getError()).isEqualTo("user_not_found");
        assertThat(methods.usersInfo(r -> r.user(fake.botUserId())).getUser().isBot()).isTrue();
    }

    @Test
    void conversationsOpenGivesEachUserAStableDmChannel() throws IOException, SlackApiException {
        fake.declareUser("U0ALICE", "en-US");
        fake.declareUser("U0BOB", "en-US");

        ConversationsOpenResponse first = methods.conversationsOpen(r -> r.users(List.of("U0ALICE")));
        ConversationsOpenResponse again = methods.conversationsOpen(r -> r.users(List.of("U0ALICE")));
        ConversationsOpenResponse bob = methods.conversationsOpen(r -> r.users(List.of("U0BOB")));
        ConversationsOpenResponse nobody = methods.conversationsOpen(r -> r.users(List.of("U0NOBODY")));

        String dm = first.getChannel().getId();
        assertThat(dm).startsWith("D").isNotEqualTo("D0ALICE");
        assertThat(again.getChannel().getId()).isEqualTo(dm);
        assertThat(again.isAlreadyOpen()).isTrue();
        assertThat(first.isAlreadyOpen()).isFalse();
        assertThat(bob.getChannel().getId()).startsWith("D").isNotEqualTo(dm);
        assertThat(fake.dmChannel("U0ALICE")).isEqualTo(dm);
        assertThat(nobody.getError()).isEqualTo("user_not_found");
    }

    @Test
    void appsConnectionsOpenTakesOnlyTheAppTokenAndPointsAtTheSocketModeServer()
            throws IOException, SlackApiException {
        AppsConnectionsOpenResponse opened = slack.methods(fake.appToken()).appsConnectionsOpen(r -> r);
        AppsConnectionsOpenResponse withBotToken = methods.appsConnectionsOpen(r -> r);

        assertThat(opened.isOk()).isTrue();
        assertThat(opened.getUrl())
                .matches("ws://127\\.0\\.0\\.1:\\d+/link/\\?ticket=[0-9a-f-]+&app_id=" + fake.appId())
                .contains(":" + fake.socketMode().port() + "/");
        assertThat(withBotToken.getError()).isEqualTo("not_allowed_token_type");
        assertThat(slack.methods(fake.appToken()).chatPostMessage(r -> r.channel("C0X").text("x")).getError())
                .isEqualTo("not_allowed_token_type");
    }

    @Test
    void aMissingTokenIsNotAuthedAndAWrongOneInvalid() throws IOException, SlackApiException {
        RawHttp.Answer missing = RawHttp.post(fake.apiUrl() + "auth.test", HttpInbound.FORM, "", Map.of());
        AuthTestResponse wrong = slack.methods("xoxb-1-2-wrong").authTest(r -> r);
        RawHttp.Answer inForm = RawHttp.post(fake.apiUrl() + "auth.test", HttpInbound.FORM,
                "token=" + fake.botToken(), Map.of());

        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.json().get("error").getAsString()).isEqualTo("not_authed");
        assertThat(wrong.getError()).isEqualTo("invalid_auth");
        assertThat(inForm.json().get("ok").getAsBoolean()).isTrue();
        assertThat(fake.rejections()).extracting(Rejection::kind).contains(Rejection.Kind.AUTH);
        assertThat(fake.calls("auth.test").get(0).params().has("token")).isFalse();
    }

    @Test
    void aJsonBodyIsReadLikeAForm() {
        fake.declareChannel("C0GENERAL");
        String body = "{\"channel\":\"C0GENERAL\",\"text\":\"hi\",\"blocks\":[{\"type\":\"section\","
                + "\"text\":{\"type\":\"mrkdwn\",\"text\":\"*hi*\"}}],\"unfurl_links\":false}";

        RawHttp.Answer answer = RawHttp.post(fake.apiUrl() + "chat.postMessage", "application/json; charset=utf-8",
                body, Map.of("Authorization", "Bearer " + fake.botToken()));

        assertThat(answer.json().get("ok").getAsBoolean()).isTrue();
        assertThat(fake.lastMessage("C0GENERAL").orElseThrow().plainText()).isEqualTo("hi\n*hi*");
        Call call = fake.calls("chat.postMessage").get(0);
        assertThat(call.param("unfurl_links")).isEqualTo("false");
        assertThat(call.params().get("blocks").isJsonArray()).isTrue();
        assertThat(call.channel()).isEqualTo("C0GENERAL");
    }

    @Test
    void anUnknownMethodIsAnsweredAsSlackDoes() {
        RawHttp.Answer answer = RawHttp.post(fake.apiUrl() + "chat.postMesage", HttpInbound.FORM,
                "token=" + fake.botToken(), Map.of());

        assertThat(answer.json().get("error").getAsString()).isEqualTo("unknown_method");
        assertThat(fake.rejections()).extracting(Rejection::kind).containsExactly(Rejection.Kind.ROUTING);
    }
}
