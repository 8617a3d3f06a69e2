/**
 * The {@code notefolio} command line: the launcher's entry point, the service interface through which
 * each module contributes the commands of its own capability, and the core's commands ({@code schedule},
 * {@code value}, {@code bench}, {@code apr}, the Regulation Z annual percentage rate of a payment schedule, and {@code payoff}, the payoff quote of a note on a date). Bad input ends with a message naming file, line and column, and exit
 * code 2.
 */
package com.notefolio.core.cli;
