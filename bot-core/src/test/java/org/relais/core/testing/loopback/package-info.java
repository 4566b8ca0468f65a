/**
 * What every loopback fake of a chat platform's API needs, whatever the platform: the JDK's HTTP server on a
 * loopback port with daemon threads ({@link org.relais.core.testing.loopback.LoopbackServer}), reading requests and
 * writing answers ({@link org.relais.core.testing.loopback.LoopbackRequest},
 * {@link org.relais.core.testing.loopback.Answers}), the failures and delays a test injects
 * ({@link org.relais.core.testing.loopback.Faults}), the log of calls tests wait on
 * ({@link org.relais.core.testing.loopback.CallLog}) and bounded waits
 * ({@link org.relais.core.testing.loopback.Waits}).
 *
 * <p>Why here: the Telegram and Slack fakes had grown two copies of all this. The platform's own rules (paths,
 * tokens, error bodies, JSON library) stay in each fake; nothing here knows a platform or a JSON library.
 */
package org.relais.core.testing.loopback;
