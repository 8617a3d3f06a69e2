package com.notefolio.web.view.note;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.web.view.PlainLabel;
import com.notefolio.core.note.DatedAmount;
import com.notefolio.core.note.ClosingFee;
import com.notefolio.core.note.InstallmentStep;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.LateCharge;
import com.notefolio.core.note.PremiumStep;
import com.notefolio.core.note.PrepaymentPremium;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.Party;
import com.notefolio.core.note.RateKind;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.note.SecurityTerms;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.web.discount.DiscountInput;
import com.notefolio.web.view.DisplayFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Everything a note's terms say, in sections: parties, amounts and dates, its funding (disbursement,
 * advances, deferral, forgiveness, interest-only lead-in), the rate (its kind, steps or
 * index, reset rule in words, caps and floors, the maximum lawful rate and its savings clause), prepayment (the
 * flat penalty or the premium that steps down or maintains the yield, the open period), default (the default
 * rate or margin, the late charge, the events of default in the document's words), security and governing law;
 * closing fees and the periodic fee with the principal. Each value is a text span
 * with id {@code term-<name>}; absent values read "—".
 */
public class TermsPanel extends VerticalLayout {

    private static final String ABSENT = "—";

    public TermsPanel(NoteTerms terms) {
        setPadding(false);
        setSpacing(false);
        String currency = terms.currency().getCurrencyCode();

        FormLayout parties = section("Parties");
        term(parties, "borrower", "Borrower", terms.borrower().name());
        term(parties, "borrower-address", "Borrower address", address(terms.borrower()));
        term(parties, "lender", "Lender", terms.lender().name());
        term(parties, "lender-address", "Lender address", address(terms.lender()));
        term(parties, "sector", "Sector", terms.sector());
        term(parties, "region", "Region", terms.region());
        term(parties, "rating", "Rating", terms.rating());

        FormLayout money = section("Principal, interest and dates");
        term(money, "principal", "Principal", DisplayFormat.money(terms.principal()));
        term(money, "annual-rate", terms.hasSingleRate() ? "Annual rate" : "Annual rate (initial)",
                percent(terms.annualRate()));
        term(money, "issue-date", "Issue (dated) date", date(terms.issueDate()));
        term(money, "first-payment-date", "First payment date", date(terms.firstPaymentDate()));
        term(money, "maturity-date", "Maturity date", date(terms.maturityDate()));
        term(money, "frequency", "Payment frequency", PlainLabel.of(terms.frequency()));
        term(money, "amortization", "Amortization", PlainLabel.of(terms.amortization()));
        term(money, "closing-fees", "Closing fees", terms.fees().isEmpty() ? "none"
                : String.join("; ", terms.fees().stream().map(ClosingFee::words).toList()));
        term(money, "periodic-fee", "Periodic fee", terms.periodicFee() == null ? "none" : terms.periodicFee().words());
        term(money, "stated-payment", "Stated regular payment", amount(terms.statedPayment()));
        term(money, "amortization-months", "Amortization months",
                terms.amortizationMonths() == null ? null : terms.amortizationMonths().toString());
        term(money, "stated-payments", "Stated table",
                terms.statedSchedule().isEmpty() ? null : terms.statedSchedule().size() + " dated payments");
        term(money, "day-count", "Accrual basis (day count)", terms.accrualBasis().code());
        // Only a PERIODIC note has the choice: on a day-count basis every period accrues by its days.
        term(money, "odd-days", "Odd days of a first or last period",
                terms.accrualBasis() == DayCounts.PERIODIC ? terms.oddDays().code() : null);
        term(money, "business-days", "Due dates on holidays", terms.conventions().businessDays().words());
        int day = terms.conventions().paymentDay();
        term(money, "payment-day", "Payment day", day == 0 ? "the first payment date's day of the month"
                : "day " + day + " of each month (the last day in a shorter month)");
        term(money, "payment-rounding", "Payment rounding", PlainLabel.of(terms.paymentRounding()));
        term(money, "interest-rounding", "Interest rounding", PlainLabel.of(terms.interestRounding()));

        structure(terms);

        FormLayout rates = section("Rate");
        RateTerms rate = terms.rate();
        term(rates, "rate-kind", "Rate kind", RateKind.of(rate).label());
        if (rate instanceof RateTerms.Conversion c) {
            term(rates, "conversion-date", "Conversion date", date(c.on()));
            rateSide(rates, "before-", "Before conversion: ", c.before());
            rateSide(rates, "after-", "After conversion: ", c.after());
        } else {
            rateSide(rates, "", "", rate);
        }
        term(rates, "max-lawful-rate", "Maximum lawful rate",
                terms.maxLawfulRate() == null ? "none stated" : percent(terms.maxLawfulRate()));
        if (terms.maxLawfulRate() != null) {
            term(rates, "savings-clause", "Interest above it (savings clause)", switch (terms.savingsClause()) {
                case NOT_CHARGED -> "not charged: each period is billed at the lesser of its rate and the maximum";
                case REFUNDED -> "billed at the note rate and the excess refunded to the borrower on the same due date";
                case APPLIED_TO_PRINCIPAL -> "the installment is billed at the note rate, interest charged at the lesser"
                        + " of its rate and the maximum, and the excess applied to principal (the note may be repaid"
                        + " early)";
            });
        }
        if (terms.precomputed() != null) {
            term(rates, "precomputed-interest", "Precomputed (add-on) interest", "the rate is an add-on rate on the"
                    + " original principal for the whole term; an early payoff is rebated the unearned interest by the "
                    + switch (terms.precomputed()) {
                        case RULE_OF_78S -> "Rule of 78s";
                        case ACTUARIAL -> "actuarial method";
                    });
        }
        if (!terms.hasSingleRate()) {
            term(rates, "payment-on-reset", "Payment when the rate changes", terms.paymentOnReset() == null ? null
                    : switch (terms.paymentOnReset()) {
                        case REAMORTIZE -> "re-amortized over the remaining term";
                        case KEEP_PAYMENT -> "kept; principal absorbs the change (negative amortization possible)";
                    });
            if (terms.negativeAmortizationCap() != null) {
                term(rates, "negative-amortization-cap", "Negative amortization cap",
                        terms.negativeAmortizationCap().stripTrailingZeros().toPlainString()
                                + " × the original principal, then the payment is recast");
            }
        }

        PrepaymentTerms prepayment = terms.prepayment();
        FormLayout prepay = section("Prepayment");
        term(prepay, "prepayment-allowed", "Prepayment allowed", yesNo(prepayment.allowed()));
        term(prepay, "prepayment-penalty", "Penalty (of principal prepaid)", percent(prepayment.penaltyRate()));
        term(prepay, "lockout-until", "Lockout until", date(prepayment.lockoutUntil()));
        term(prepay, "prepayment-premium", "Premium", premium(prepayment.premium(), terms.issueDate()));
        LocalDate open = prepayment.openFrom(terms.maturityDate());
        term(prepay, "open-period", "Open period (no premium or penalty)", open == null ? "none"
                : "the last " + months(prepayment.openMonths()) + " before maturity, from " + date(open));

        DefaultTerms defaults = terms.defaults();
        FormLayout dflt = section("Default");
        term(dflt, "cure-days", "Cure days after notice", Integer.toString(defaults.cureDays()));
        term(dflt, "default-rate", "Default rate", defaults.defaultRate() != null ? percent(defaults.defaultRate())
                : defaults.defaultMargin() != null ? "the note rate in effect + " + percent(defaults.defaultMargin())
                : "none (the note rate runs on)");
        term(dflt, "late-charge", "Late charge", lateCharge(defaults.lateCharge(), currency));
        term(dflt, "accelerates", "Default accelerates the debt", yesNo(defaults.accelerates()));
        term(dflt, "collection-costs", "Collection costs payable", yesNo(defaults.collectionCostsPayable()));
        if (defaults.events().isEmpty()) {
            term(dflt, "events-of-default", "Events of default", "none listed");
        } else {
            OrderedList events = new OrderedList();
            events.setId("term-events-of-default");
            for (String event : defaults.events()) {
                events.add(new ListItem(event));
            }
            dflt.addFormItem(events, "Events of default").getElement().setAttribute("colspan", "2");
        }

        SecurityTerms security = terms.security();
        FormLayout secured = section("Security and law");
        term(secured, "secured", "Secured", yesNo(security.secured()));
        term(secured, "collateral", "Collateral", security.collateral());
        term(secured, "collateral-value", "Collateral value", amount(security.collateralValue()));
        term(secured, "governing-law", "Governing law", terms.governingLaw());
        term(secured, "currency", "Currency", currency);
    }

    /**
     * How the note is funded and repaid besides its regular payments, in words: the disbursement, a grid
     * note's advances and their total against the most it may lend, a deferral with its interest rule,
     * amounts forgiven and an interest-only lead-in.
     */
    private void structure(NoteTerms terms) {
        StructureTerms structure = terms.structure();
        FormLayout form = section("Funding, deferral and forgiveness");
        term(form, "disbursement-date", "Disbursed on", structure.disbursementDate() == null
                ? date(terms.issueDate()) + " (the note's date)" : date(structure.disbursementDate()));
        if (structure.advances().isEmpty()) {
            term(form, "advances", "Advances", "none: lent in full when disbursed");
        } else {
            term(form, "advances", "Advances", dated(structure.advances()));
            term(form, "advances-total", "Advanced in all", DisplayFormat.money(structure.advancedTotal(),
                    terms.currency().getCurrencyCode()) + " of at most " + DisplayFormat.money(terms.principal()));
        }
        Deferral deferral = structure.deferral();
        term(form, "deferral", "Deferral", deferral == null ? "none" : "no payments through "
                + date(deferral.through()) + "; the interest accrued meanwhile is " + deferral.interest().words());
        term(form, "forgiveness", "Forgiven", structure.forgiveness().isEmpty() ? "none" : dated(structure.forgiveness()));
        if (terms.principalFrequency() != null) {
            // Principal on a cycle of its own: its first principal date anchors that cycle, it ends no lead-in.
            term(form, "principal-frequency", "Principal repaid", PlainLabel.of(terms.principalFrequency()) + " from "
                    + date(terms.principalCycleAnchor()) + "; the interest of a principal-only date is paid on the next"
                    + " interest date");
        } else {
            term(form, "interest-only-until", "Interest only until",
                    terms.firstPrincipalDate() == null ? null : date(terms.firstPrincipalDate()) + " (the first principal date)");
        }
        // The rarer terms only where the note states them, so a plain note's section stays short.
        if (!structure.repayments().isEmpty()) {
            term(form, "repayments", "Repaid between due dates (revolving)", dated(structure.repayments()));
        }
        if (structure.commitmentFee() != null) {
            term(form, "commitment-fee", "Commitment fee", percent(structure.commitmentFee())
                    + " a year on the undrawn commitment, paid with each payment");
        }
        if (!structure.installments().isEmpty()) {
            List<String> steps = new ArrayList<>();
            structure.installments().forEach(step -> steps.add("from " + DisplayFormat.date(step.from()) + ": "
                    + DisplayFormat.money(step.amount()) + (step.kind() == InstallmentStep.Kind.PAYMENT
                    ? " a payment" : " of principal") + " each due date"));
            term(form, "installments", "Stepped installments", String.join("; ", steps));
        }
        if (structure.payableOnDemand()) {
            term(form, "on-demand", "Payable on demand", "yes: valued as if demanded on " + date(terms.maturityDate())
                    + " (the assumed demand date)");
        }
    }

    /**
     * A premium in words: each step of a step-down from its loan year (with the day it starts) or date, "none" for
     * a step of 0; yield maintenance with its spread over the reference yield and its floor.
     */
    private static String premium(PrepaymentPremium premium, LocalDate issue) {
        if (premium == null) {
            return "none";
        }
        if (premium instanceof PrepaymentPremium.YieldMaintenance ym) {
            return "yield maintenance: the interest lost to maturity, discounted at the reference yield"
                    + (ym.spread().signum() == 0 ? "" : (ym.spread().signum() > 0 ? " + " : " − ") + percent(ym.spread().abs()))
                    + (ym.floor().signum() == 0 ? "" : ", at least " + percent(ym.floor()) + " of the principal prepaid");
        }
        List<String> steps = new ArrayList<>();
        for (PremiumStep step : ((PrepaymentPremium.StepDown) premium).steps()) {
            String from = step.fromYear() != null
                    ? "loan year " + step.fromYear() + " (from " + DisplayFormat.date(step.start(issue)) + ")"
                    : "from " + DisplayFormat.date(step.fromDate());
            steps.add(from + ": " + (step.rate().signum() == 0 ? "none" : percent(step.rate())));
        }
        return String.join("; ", steps) + " of the principal prepaid";
    }

    /** A late charge in words: "5% of the installment, at most 250.00 USD, when unpaid 10 days after its due date". */
    private static String lateCharge(LateCharge charge, String currency) {
        if (charge == null) {
            return "none";
        }
        String what = charge.rate() != null ? percent(charge.rate()) + " of the installment"
                : DisplayFormat.money(charge.amount(), currency) + " an installment";
        String most = charge.maximum() == null ? "" : ", at most " + DisplayFormat.money(charge.maximum(), currency);
        String when = charge.graceDays() == 0 ? "when unpaid after its due date"
                : "when unpaid " + charge.graceDays() + (charge.graceDays() == 1 ? " day" : " days") + " after its due date";
        return what + most + ", " + when;
    }

    private static String months(int months) {
        return months + (months == 1 ? " month" : " months");
    }

    /** Dated amounts in date order: "2024-01-01: 100,000.00 USD; 2024-02-15: 50,000.00 USD". */
    private static String dated(List<DatedAmount> amounts) {
        List<String> parts = new ArrayList<>();
        amounts.forEach(a -> parts.add(DisplayFormat.date(a.date()) + ": " + DisplayFormat.money(a.amount())));
        return String.join("; ", parts);
    }

    /**
     * One side of a rate (the whole rate unless it converts): a fixed rate, each step of a stepped rate, or
     * a floating rate's index, reset rule in words (the core's, as the workbook's Terms sheet states it),
     * resets, lookback, initial rate, caps and floors. Ids are {@code term-<side><name>}.
     */
    private void rateSide(FormLayout form, String id, String label, RateTerms rate) {
        if (rate instanceof RateTerms.Fixed f) {
            if (!label.isEmpty()) {
                term(form, id + "fixed-rate", label + "fixed rate", percent(f.rate()));
            }
        } else if (rate instanceof RateTerms.Stepped st) {
            List<String> steps = new ArrayList<>();
            st.steps().forEach(step -> steps.add("from " + DisplayFormat.date(step.from()) + ": " + percent(step.rate())));
            term(form, id + "steps", label + "Steps", String.join("; ", steps));
        } else if (rate instanceof RateTerms.Floating f) {
            term(form, id + "index", label + "Index", f.index());
            Component rule = new Span(f.resetRuleWords());
            rule.setId("term-" + id + "reset-rule");
            form.addFormItem(rule, label + "Reset rate").getElement().setAttribute("colspan", "2");
            term(form, id + "spread", label + "Spread (margin)", percent(f.spread()));
            term(form, id + "reset-frequency", label + "Reset frequency", PlainLabel.of(f.resetFrequency()));
            term(form, id + "first-reset", label + "First reset date", date(f.firstResetDate()));
            term(form, id + "lookback", label + "Lookback", f.lookbackDays() == 0 ? "none: the index on the reset date"
                    : f.lookbackWords() + " before each reset (the latest fixing on or before)");
            term(form, id + "initial-rate", label + "Initial rate (until the first reset)", percent(f.initialRate()));
            term(form, id + "periodic-cap", label + "Periodic cap (most rise at one reset)", limit(f.periodicCap()));
            term(form, id + "periodic-floor", label + "Periodic floor (most fall at one reset)", limit(f.periodicFloor()));
            term(form, id + "lifetime-cap", label + "Lifetime cap", limit(f.lifetimeCap()));
            term(form, id + "lifetime-floor", label + "Lifetime floor", limit(f.lifetimeFloor()));
        }
    }

    private static String limit(BigDecimal value) {
        return value == null ? "none" : percent(value);
    }

    private FormLayout section(String title) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 2));
        add(new H3(title), form);
        return form;
    }

    private static void term(FormLayout form, String name, String label, String value) {
        Component span = new Span(value == null || value.isBlank() ? ABSENT : value);
        span.setId("term-" + name);
        form.addFormItem(span, label);
    }

    private static String address(Party party) {
        return party.address();
    }

    private static String amount(MonetaryAmount amount) {
        return amount == null ? null : DisplayFormat.money(amount);
    }

    private static String date(LocalDate date) {
        return date == null ? null : DisplayFormat.date(date);
    }

    /** A rate as the document gives it, every decimal kept: 0.1065 → 10.65%. */
    static String percent(BigDecimal fraction) {
        if (fraction == null) {
            return null;
        }
        return DiscountInput.typedPercent(fraction) + "%";
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
