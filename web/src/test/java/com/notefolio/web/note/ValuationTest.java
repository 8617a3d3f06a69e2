package com.notefolio.web.note;

import com.notefolio.web.discount.DiscountInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.Price;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Reading what an analyst types for a valuation, and the valuation a note opens with. */
class ValuationTest {

    private static final NoteTerms NOTE_2003 = PortfolioGenerator.promissoryNote2003();

    @Test
    void discountRatesAreTypedInPercent() {
        assertThat(Valuation.parseDiscountRate("8")).isEqualByComparingTo("0.08");
        assertThat(Valuation.parseDiscountRate(" 8.25 % ")).isEqualByComparingTo("0.0825");
        assertThat(Valuation.parseDiscountRate("-0.5")).isEqualByComparingTo("-0.005");
        assertThat(Valuation.parseDiscountRate(".5")).isEqualByComparingTo("0.005");
    }

    @Test
    void aDiscountRateThatIsNotAPercentageIsRefusedWithAMessage() {
        assertThatThrownBy(() -> Valuation.parseDiscountRate("")).hasMessageContaining("Enter a discount rate");
        assertThatThrownBy(() -> Valuation.parseDiscountRate("abc")).hasMessageContaining("\"abc\" is not a percentage");
        assertThatThrownBy(() -> Valuation.parseDiscountRate("1e3")).hasMessageContaining("not a percentage");
        assertThatThrownBy(() -> Valuation.parseDiscountRate("NaN")).hasMessageContaining("not a percentage");
        assertThatThrownBy(() -> Valuation.parseDiscountRate("-100")).hasMessageContaining("above -100%");
        assertThatThrownBy(() -> Valuation.parseDiscountRate("1000.01")).hasMessageContaining("at most 1000%");
    }

    @Test
    void pricesAreAmountsOfTheCurrencyAndBlankMeansPar() {
        var usd = Monetary.getCurrency("USD");
        assertThat(Valuation.parsePrice("  ", usd)).isNull();
        assertThat(NoteTerms.decimal(Valuation.parsePrice("148,500.5", usd).amount())).isEqualByComparingTo("148500.50");
        assertThat(NoteTerms.decimal(Valuation.parsePrice("1234567", Monetary.getCurrency("JPY")).amount()))
                .isEqualTo(new BigDecimal("1234567"));
        assertThatThrownBy(() -> Valuation.parsePrice("1.005", usd)).hasMessage("A price in USD has at most 2 decimals.");
        assertThatThrownBy(() -> Valuation.parsePrice("10.5", Monetary.getCurrency("JPY")))
                .hasMessage("A price in JPY has at most 0 decimals.");
        assertThatThrownBy(() -> Valuation.parsePrice("0", usd)).hasMessageContaining("above zero");
        assertThatThrownBy(() -> Valuation.parsePrice("-5", usd)).hasMessageContaining("is not an amount");
        assertThatThrownBy(() -> Valuation.parsePrice("1,00.00", usd)).hasMessageContaining("is not an amount");
        assertThatThrownBy(() -> Valuation.parsePrice("1000000000000.01", usd)).hasMessageContaining("at most");
    }

    @Test
    void aPriceMayBeTypedAsAPercentageOfTheOutstandingPrincipal() {
        var usd = Monetary.getCurrency("USD");
        assertThat(Valuation.parsePrice(" 98.5% ", usd)).isEqualTo(Price.percentOfOutstanding(new BigDecimal("98.5")));
        assertThatThrownBy(() -> Valuation.parsePrice("0%", usd)).hasMessageContaining("above 0%");
        assertThatThrownBy(() -> Valuation.parsePrice("9x%", usd)).hasMessageContaining("is not a percentage");
    }

    @Test
    void aRunningNoteOpensTodayAtItsOwnRateAndCarriedPrice() {
        Position carried = new Position(NOTE_2003, Money.of(new BigDecimal("149000.00"), "USD"));
        Valuation v = Valuation.initial(carried, LocalDate.of(2004, 2, 1));
        assertThat(v.asOf()).isEqualTo(LocalDate.of(2004, 2, 1));
        assertThat(v.discount()).isEqualTo(DiscountInput.flat(new BigDecimal("0.12")));
        assertThat(NoteTerms.decimal(v.price().amount())).isEqualByComparingTo("149000.00");
    }

    @Test
    void aMaturedOrFutureNoteOpensOnItsIssueDateAtPar() {
        Position atPar = Position.atPar(NOTE_2003);
        assertThat(Valuation.initial(atPar, LocalDate.of(2030, 1, 1)).asOf()).isEqualTo(LocalDate.of(2003, 8, 13));
        // The maturity date itself: the last payment counts as made, nothing is left to value.
        assertThat(Valuation.initial(atPar, LocalDate.of(2006, 1, 12)).asOf()).isEqualTo(LocalDate.of(2003, 8, 13));
        assertThat(Valuation.initial(atPar, LocalDate.of(2003, 1, 1)).asOf()).isEqualTo(LocalDate.of(2003, 8, 13));
        assertThat(Valuation.initial(atPar, LocalDate.of(2003, 1, 1)).price()).isNull();
    }
}
