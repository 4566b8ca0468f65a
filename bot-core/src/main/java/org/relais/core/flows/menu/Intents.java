package org.relais.core.flows.menu;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Guesses what free text asks for, in French or English: "comment lier facebook et twitter ?" wants
 * the guide, "how do I link my accounts" too. Deliberately small: a miss gets the menu and a short
 * help, which is a fine answer.
 */
public enum Intents {
    GUIDE, TIPS, RELAY, HELP, MENU, GREETING, THANKS, UNKNOWN;

    private static final Pattern LINK_VERB = Pattern.compile(
            "\\b(lier|relier|liaison|lien|connecter|connexion|associer|synchroniser|link|linking|connect|connecting|sync)\\w*");
    private static final Pattern ACCOUNT_WORD = Pattern.compile(
            "\\b(facebook|fb|twitter|x|compte|comptes|account|accounts|page|profil|profile)\\b");
    private static final Pattern TIPS_WORD = Pattern.compile("\\b(conseils?|astuces?|tips?|advice|bonnes pratiques)\\b");
    /** Not "relais" (the bot's name) nor "partager" (people share their own text): relaying only. */
    private static final Pattern RELAY_WORD = Pattern.compile("\\b(relayer|relaye|relayez|repartager|retweet\\w*|relay|repost)\\b");
    private static final Pattern HELP_WORD = Pattern.compile(
            "\\b(aide|aidez|help|comment ca marche|comment ca fonctionne|how does|comment faire|what can you do"
                    + "|what do you do|que fais-tu|qu'est-ce que tu fais|qui es-tu|who are you|quoi faire)\\b");
    /** The whole text names the menu: "menu", "retour au menu", "home"; a sentence holding "menu" is not it. */
    private static final Pattern MENU_WORD = Pattern.compile(
            "^(le |au |retour au |back to( the)? |main |the )?(menu|accueil|home|start|recommencer|start over)[ .!?]*$");
    private static final Pattern THANKS_WORD = Pattern.compile("^(merci|thanks|thank you|thx)\\b");
    private static final Pattern GREETING_WORD = Pattern.compile(
            "^(bonjour|bonsoir|salut|allo|coucou|hello|hi|hey|good morning)\\b");

    public static Intents of(String text) {
        String t = normalize(text);
        if (LINK_VERB.matcher(t).find() && ACCOUNT_WORD.matcher(t).find()) {
            return GUIDE;
        }
        if (TIPS_WORD.matcher(t).find()) {
            return TIPS;
        }
        if (RELAY_WORD.matcher(t).find()) {
            return RELAY;
        }
        if (HELP_WORD.matcher(t).find()) {
            return HELP;
        }
        if (MENU_WORD.matcher(t).find()) {
            return MENU;
        }
        if (GREETING_WORD.matcher(t).find()) {
            return GREETING;
        }
        if (THANKS_WORD.matcher(t).find()) {
            return THANKS;
        }
        return UNKNOWN;
    }

    /** Lower case, accents off, apostrophes plain: "Comment LIER Facebook ?" → "comment lier facebook ?". */
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    }
}
