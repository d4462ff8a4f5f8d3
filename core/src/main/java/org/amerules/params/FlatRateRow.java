package org.amerules.params;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The RSA base amount (monthly, one person) in force from {@code from}, for the housing flat rate (CSS R861-5). */
public record FlatRateRow(LocalDate from, LocalDate until, BigDecimal rsaBase, String reference, ParameterStatus status) {
}
