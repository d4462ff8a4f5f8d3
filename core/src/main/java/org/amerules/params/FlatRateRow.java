package org.amerules.params;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The RSA base amount (monthly, one person) in force from {@code from}, for the housing flat rate (CSS R861-5).
 *
 * @param from the first day the value is in force
 * @param until the last day the value is in force, inclusive; null for the newest value
 * @param rsaBase the monthly RSA base amount for one person, in euros
 * @param reference the legal reference of the value
 * @param status whether the value was read in an official text or is provisional
 */
public record FlatRateRow(LocalDate from, LocalDate until, BigDecimal rsaBase, String reference, ParameterStatus status) {
}
