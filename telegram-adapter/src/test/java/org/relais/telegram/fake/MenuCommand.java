package org.relais.telegram.fake;

/**
 * One command of a menu recorded by {@code setMyCommands}.
 *
 * @param command the command, without the slash
 * @param description its description
 */
public record MenuCommand(String command, String description) {
}
