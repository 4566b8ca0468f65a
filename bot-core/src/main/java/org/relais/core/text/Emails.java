package org.relais.core.text;

import java.util.regex.Pattern;

/** E-mail addresses a volunteer types, or a campaign lists, for the ready {@code mailto:} links. */
public final class Emails {
    public static final Pattern ADDRESS =
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,63}");

    private Emails() {}

    public static Checked check(String raw) {
        String input = raw == null ? "" : raw.strip();
        String address = input.startsWith("mailto:") ? input.substring("mailto:".length()) : input;
        address = address.replaceAll("^[<(]|[>).]$", "");
        return ADDRESS.matcher(address).matches()
                ? Checked.accepted(address)
                : Checked.rejected(input, "email.invalid", input);
    }

    public static boolean isValid(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }
}
