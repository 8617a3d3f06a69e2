package com.notefolio.analytics.row;

import com.notefolio.core.convention.BusinessDayAdjustment;
import com.notefolio.core.io.ColumnValues;
import com.notefolio.core.io.Draws;
import com.notefolio.core.io.Installments;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.PositionColumns;
import com.notefolio.core.io.RateSteps;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.DatedAmount;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.InstallmentStep;
import com.notefolio.core.note.LateCharge;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.OddDays;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.note.PremiumStep;
import com.notefolio.core.note.PrepaymentPremium;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.SavingsClause;
import com.notefolio.core.note.StatedPayment;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.core.portfolio.Position;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import javax.money.MonetaryAmount;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * One note of a portfolio as a Spark row: the columns of the portfolio CSV (docs/portfolio-format.md),
 * amounts and rates as their exact decimal text, a STATED note's payments, a stepped rate's changes and a
 * structured note's advances and forgiven amounts as array columns, the charge columns as their text. A
 * JavaBean because Spark's bean encoder cannot read records; {@link #toPosition()} (through the core's
 * one column mapping) and {@link #of(Position)} are the only crossings to the core's values. Text fields
 * are never blank: absent values are {@code null}, so that a round trip gives equal terms.
 */
public class NoteRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The encoder of this row type. */
    public static Encoder<NoteRow> encoder() {
        return Encoders.bean(NoteRow.class);
    }

    private String noteId;
    private String principal;
    private String annualRate;
    private LocalDate issueDate;
    private LocalDate maturityDate;
    private String amortization;
    private String currency;
    private LocalDate firstPaymentDate;
    private String frequency;
    private String dayCount;
    private String payment;
    private Integer amortizationMonths;
    private String paymentRounding;
    private String interestRounding;
    /** The odd-days rule of a PERIODIC stub ({@code ACT/360}…); {@code null} is the default, WHOLE_PERIOD. */
    private String oddDays;
    private String borrower;
    private String borrowerAddress;
    private String lender;
    private String lenderAddress;
    private String sector;
    private String region;
    private String rating;
    private Boolean secured;
    private String collateral;
    private String collateralValue;
    private String price;
    private Boolean prepaymentAllowed;
    private String prepaymentPenalty;
    private LocalDate lockoutUntil;
    private Integer cureDays;
    private String defaultRate;
    private Boolean accelerates;
    private Boolean collectionCostsPayable;
    private String governingLaw;
    private List<StatedPaymentRow> statedPayments;
    /** The rate's kind as the {@code rate_kind} column writes it ({@code floating}); {@code null} is fixed. */
    private String rateKind;
    private String index;
    private String spread;
    private String multiplier;
    private String resetFrequency;
    private LocalDate firstResetDate;
    private Integer lookbackDays;
    private String lookbackCalendar;
    /** The floating part's options as their columns write them ({@code allowed}, {@code reset_date}); {@code null}: the defaults. */
    private String negativeRates;
    private String resetTiming;
    private String periodicCap;
    private String periodicFloor;
    private String lifetimeCap;
    private String lifetimeFloor;
    private String rateRounding;
    private String rateRoundingMode;
    private LocalDate conversionDate;
    private String convertedRate;
    private String maxLawfulRate;
    private String paymentOnReset;
    private String negativeAmortizationCap;
    /** The due-date roll: business days (blank: none) and the payment day (null: the first payment date's). */
    private String calendar;
    private String businessDayConvention;
    private String accrualDates;
    private Integer paymentDay;
    /** A stepped rate's changes after the issue date (its rate from the issue date is {@code annualRate}). */
    private List<RateStepRow> rateSteps;
    /** The repayment structure's columns (blank: funded on the issue date, no lead-in, no deferral). */
    private LocalDate disbursementDate;
    private LocalDate firstPrincipalDate;
    /** A principal cycle apart from the interest's, as the column writes it ({@code MONTHLY}); {@code null} when none. */
    private String principalFrequency;
    private LocalDate deferralThrough;
    /** As the {@code deferred_interest} column writes it ({@code spread}); {@code null} without a deferral. */
    private String deferredInterest;
    /** A revolving line's commitment fee rate, as the column writes it; {@code null} when none. */
    private String commitmentFee;
    /** {@code true} for a demand note; {@code null} otherwise (the column's default). */
    private Boolean payableOnDemand;
    /** The advances, then the forgiven amounts, then a revolving line's repayments, each in date order, as the draws CSV holds them. */
    private List<DrawRow> draws;
    /** The stepped installments in date order, as the installments CSV holds them; {@code null} for none. */
    private List<InstallmentRow> installments;
    /**
     * The charge columns ({@link PortfolioCsvReader#CHARGE_COLUMNS}) as the CSV writes them: a step-down premium's
     * steps ({@code 1:0.05;2:0.04}), yield maintenance, the open months, the late charge, the default margin and
     * the savings clause; {@code null} when the note states none.
     */
    private String premiumSteps;
    private String yieldMaintenanceSpread;
    private String yieldMaintenanceFloor;
    private Integer openMonths;
    private String lateChargeRate;
    private String lateChargeAmount;
    private Integer lateChargeGraceDays;
    private String lateChargeMax;
    private String defaultMargin;
    private String savingsClause;
    /** A precomputed (add-on) note's rebate method as the column writes it ({@code rule_of_78s}); {@code null} for simple interest. */
    private String precomputedInterest;
    /** The closing fees as the column writes them ({@code origination:1%:financed;documentation:250.00}); {@code null} for none. */
    private String closingFees;
    /** The periodic fee's flat amount per installment and annual rate on the balance, as the columns write them; {@code null} for none. */
    private String periodicFeeAmount;
    private String periodicFeeRate;

    public String getNoteId() {
        return noteId;
    }

    public void setNoteId(String noteId) {
        this.noteId = noteId;
    }

    public String getPrincipal() {
        return principal;
    }

    public void setPrincipal(String principal) {
        this.principal = principal;
    }

    public String getAnnualRate() {
        return annualRate;
    }

    public void setAnnualRate(String annualRate) {
        this.annualRate = annualRate;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public LocalDate getMaturityDate() {
        return maturityDate;
    }

    public void setMaturityDate(LocalDate maturityDate) {
        this.maturityDate = maturityDate;
    }

    public String getAmortization() {
        return amortization;
    }

    public void setAmortization(String amortization) {
        this.amortization = amortization;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getFirstPaymentDate() {
        return firstPaymentDate;
    }

    public void setFirstPaymentDate(LocalDate firstPaymentDate) {
        this.firstPaymentDate = firstPaymentDate;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String getDayCount() {
        return dayCount;
    }

    public void setDayCount(String dayCount) {
        this.dayCount = dayCount;
    }

    public String getPayment() {
        return payment;
    }

    public void setPayment(String payment) {
        this.payment = payment;
    }

    public Integer getAmortizationMonths() {
        return amortizationMonths;
    }

    public void setAmortizationMonths(Integer amortizationMonths) {
        this.amortizationMonths = amortizationMonths;
    }

    public String getPaymentRounding() {
        return paymentRounding;
    }

    public void setPaymentRounding(String paymentRounding) {
        this.paymentRounding = paymentRounding;
    }

    public String getInterestRounding() {
        return interestRounding;
    }

    public void setInterestRounding(String interestRounding) {
        this.interestRounding = interestRounding;
    }

    public String getOddDays() {
        return oddDays;
    }

    public void setOddDays(String oddDays) {
        this.oddDays = oddDays;
    }

    public String getBorrower() {
        return borrower;
    }

    public void setBorrower(String borrower) {
        this.borrower = borrower;
    }

    public String getBorrowerAddress() {
        return borrowerAddress;
    }

    public void setBorrowerAddress(String borrowerAddress) {
        this.borrowerAddress = borrowerAddress;
    }

    public String getLender() {
        return lender;
    }

    public void setLender(String lender) {
        this.lender = lender;
    }

    public String getLenderAddress() {
        return lenderAddress;
    }

    public void setLenderAddress(String lenderAddress) {
        this.lenderAddress = lenderAddress;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public Boolean getSecured() {
        return secured;
    }

    public void setSecured(Boolean secured) {
        this.secured = secured;
    }

    public String getCollateral() {
        return collateral;
    }

    public void setCollateral(String collateral) {
        this.collateral = collateral;
    }

    public String getCollateralValue() {
        return collateralValue;
    }

    public void setCollateralValue(String collateralValue) {
        this.collateralValue = collateralValue;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public Boolean getPrepaymentAllowed() {
        return prepaymentAllowed;
    }

    public void setPrepaymentAllowed(Boolean prepaymentAllowed) {
        this.prepaymentAllowed = prepaymentAllowed;
    }

    public String getPrepaymentPenalty() {
        return prepaymentPenalty;
    }

    public void setPrepaymentPenalty(String prepaymentPenalty) {
        this.prepaymentPenalty = prepaymentPenalty;
    }

    public LocalDate getLockoutUntil() {
        return lockoutUntil;
    }

    public void setLockoutUntil(LocalDate lockoutUntil) {
        this.lockoutUntil = lockoutUntil;
    }

    public Integer getCureDays() {
        return cureDays;
    }

    public void setCureDays(Integer cureDays) {
        this.cureDays = cureDays;
    }

    public String getDefaultRate() {
        return defaultRate;
    }

    public void setDefaultRate(String defaultRate) {
        this.defaultRate = defaultRate;
    }

    public Boolean getAccelerates() {
        return accelerates;
    }

    public void setAccelerates(Boolean accelerates) {
        this.accelerates = accelerates;
    }

    public Boolean getCollectionCostsPayable() {
        return collectionCostsPayable;
    }

    public void setCollectionCostsPayable(Boolean collectionCostsPayable) {
        this.collectionCostsPayable = collectionCostsPayable;
    }

    public String getGoverningLaw() {
        return governingLaw;
    }

    public void setGoverningLaw(String governingLaw) {
        this.governingLaw = governingLaw;
    }

    public List<StatedPaymentRow> getStatedPayments() {
        return statedPayments;
    }

    public void setStatedPayments(List<StatedPaymentRow> statedPayments) {
        this.statedPayments = statedPayments;
    }

    public String getRateKind() {
        return rateKind;
    }

    public void setRateKind(String rateKind) {
        this.rateKind = rateKind;
    }

    public String getIndex() {
        return index;
    }

    public void setIndex(String index) {
        this.index = index;
    }

    public String getSpread() {
        return spread;
    }

    public void setSpread(String spread) {
        this.spread = spread;
    }

    public String getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(String multiplier) {
        this.multiplier = multiplier;
    }

    public String getResetFrequency() {
        return resetFrequency;
    }

    public void setResetFrequency(String resetFrequency) {
        this.resetFrequency = resetFrequency;
    }

    public LocalDate getFirstResetDate() {
        return firstResetDate;
    }

    public void setFirstResetDate(LocalDate firstResetDate) {
        this.firstResetDate = firstResetDate;
    }

    public Integer getLookbackDays() {
        return lookbackDays;
    }

    public void setLookbackDays(Integer lookbackDays) {
        this.lookbackDays = lookbackDays;
    }

    public String getPeriodicCap() {
        return periodicCap;
    }

    public void setPeriodicCap(String periodicCap) {
        this.periodicCap = periodicCap;
    }

    public String getPeriodicFloor() {
        return periodicFloor;
    }

    public void setPeriodicFloor(String periodicFloor) {
        this.periodicFloor = periodicFloor;
    }

    public String getLifetimeCap() {
        return lifetimeCap;
    }

    public void setLifetimeCap(String lifetimeCap) {
        this.lifetimeCap = lifetimeCap;
    }

    public String getLifetimeFloor() {
        return lifetimeFloor;
    }

    public void setLifetimeFloor(String lifetimeFloor) {
        this.lifetimeFloor = lifetimeFloor;
    }

    public String getRateRounding() {
        return rateRounding;
    }

    public void setRateRounding(String rateRounding) {
        this.rateRounding = rateRounding;
    }

    public String getRateRoundingMode() {
        return rateRoundingMode;
    }

    public void setRateRoundingMode(String rateRoundingMode) {
        this.rateRoundingMode = rateRoundingMode;
    }

    public LocalDate getConversionDate() {
        return conversionDate;
    }

    public void setConversionDate(LocalDate conversionDate) {
        this.conversionDate = conversionDate;
    }

    public String getConvertedRate() {
        return convertedRate;
    }

    public void setConvertedRate(String convertedRate) {
        this.convertedRate = convertedRate;
    }

    public String getMaxLawfulRate() {
        return maxLawfulRate;
    }

    public void setMaxLawfulRate(String maxLawfulRate) {
        this.maxLawfulRate = maxLawfulRate;
    }

    public String getPaymentOnReset() {
        return paymentOnReset;
    }

    public void setPaymentOnReset(String paymentOnReset) {
        this.paymentOnReset = paymentOnReset;
    }

    public String getNegativeAmortizationCap() {
        return negativeAmortizationCap;
    }

    public void setNegativeAmortizationCap(String negativeAmortizationCap) {
        this.negativeAmortizationCap = negativeAmortizationCap;
    }

    public String getLookbackCalendar() {
        return lookbackCalendar;
    }

    public void setLookbackCalendar(String lookbackCalendar) {
        this.lookbackCalendar = lookbackCalendar;
    }

    public String getNegativeRates() {
        return negativeRates;
    }

    public void setNegativeRates(String negativeRates) {
        this.negativeRates = negativeRates;
    }

    public String getResetTiming() {
        return resetTiming;
    }

    public void setResetTiming(String resetTiming) {
        this.resetTiming = resetTiming;
    }

    public String getCalendar() {
        return calendar;
    }

    public void setCalendar(String calendar) {
        this.calendar = calendar;
    }

    public String getBusinessDayConvention() {
        return businessDayConvention;
    }

    public void setBusinessDayConvention(String businessDayConvention) {
        this.businessDayConvention = businessDayConvention;
    }

    public String getAccrualDates() {
        return accrualDates;
    }

    public void setAccrualDates(String accrualDates) {
        this.accrualDates = accrualDates;
    }

    public Integer getPaymentDay() {
        return paymentDay;
    }

    public void setPaymentDay(Integer paymentDay) {
        this.paymentDay = paymentDay;
    }

    public List<RateStepRow> getRateSteps() {
        return rateSteps;
    }

    public void setRateSteps(List<RateStepRow> rateSteps) {
        this.rateSteps = rateSteps;
    }

    public LocalDate getDisbursementDate() {
        return disbursementDate;
    }

    public void setDisbursementDate(LocalDate disbursementDate) {
        this.disbursementDate = disbursementDate;
    }

    public LocalDate getFirstPrincipalDate() {
        return firstPrincipalDate;
    }

    public void setFirstPrincipalDate(LocalDate firstPrincipalDate) {
        this.firstPrincipalDate = firstPrincipalDate;
    }

    public String getPrincipalFrequency() {
        return principalFrequency;
    }

    public void setPrincipalFrequency(String principalFrequency) {
        this.principalFrequency = principalFrequency;
    }

    public LocalDate getDeferralThrough() {
        return deferralThrough;
    }

    public void setDeferralThrough(LocalDate deferralThrough) {
        this.deferralThrough = deferralThrough;
    }

    public String getDeferredInterest() {
        return deferredInterest;
    }

    public void setDeferredInterest(String deferredInterest) {
        this.deferredInterest = deferredInterest;
    }

    public String getPremiumSteps() {
        return premiumSteps;
    }

    public void setPremiumSteps(String premiumSteps) {
        this.premiumSteps = premiumSteps;
    }

    public String getYieldMaintenanceSpread() {
        return yieldMaintenanceSpread;
    }

    public void setYieldMaintenanceSpread(String yieldMaintenanceSpread) {
        this.yieldMaintenanceSpread = yieldMaintenanceSpread;
    }

    public String getYieldMaintenanceFloor() {
        return yieldMaintenanceFloor;
    }

    public void setYieldMaintenanceFloor(String yieldMaintenanceFloor) {
        this.yieldMaintenanceFloor = yieldMaintenanceFloor;
    }

    public Integer getOpenMonths() {
        return openMonths;
    }

    public void setOpenMonths(Integer openMonths) {
        this.openMonths = openMonths;
    }

    public String getLateChargeRate() {
        return lateChargeRate;
    }

    public void setLateChargeRate(String lateChargeRate) {
        this.lateChargeRate = lateChargeRate;
    }

    public String getLateChargeAmount() {
        return lateChargeAmount;
    }

    public void setLateChargeAmount(String lateChargeAmount) {
        this.lateChargeAmount = lateChargeAmount;
    }

    public Integer getLateChargeGraceDays() {
        return lateChargeGraceDays;
    }

    public void setLateChargeGraceDays(Integer lateChargeGraceDays) {
        this.lateChargeGraceDays = lateChargeGraceDays;
    }

    public String getLateChargeMax() {
        return lateChargeMax;
    }

    public void setLateChargeMax(String lateChargeMax) {
        this.lateChargeMax = lateChargeMax;
    }

    public String getDefaultMargin() {
        return defaultMargin;
    }

    public void setDefaultMargin(String defaultMargin) {
        this.defaultMargin = defaultMargin;
    }

    public String getSavingsClause() {
        return savingsClause;
    }

    public void setSavingsClause(String savingsClause) {
        this.savingsClause = savingsClause;
    }

    public String getPrecomputedInterest() {
        return precomputedInterest;
    }

    public void setPrecomputedInterest(String precomputedInterest) {
        this.precomputedInterest = precomputedInterest;
    }

    public String getClosingFees() {
        return closingFees;
    }

    public void setClosingFees(String closingFees) {
        this.closingFees = closingFees;
    }

    public String getPeriodicFeeAmount() {
        return periodicFeeAmount;
    }

    public void setPeriodicFeeAmount(String periodicFeeAmount) {
        this.periodicFeeAmount = periodicFeeAmount;
    }

    public String getPeriodicFeeRate() {
        return periodicFeeRate;
    }

    public void setPeriodicFeeRate(String periodicFeeRate) {
        this.periodicFeeRate = periodicFeeRate;
    }

    public String getCommitmentFee() {
        return commitmentFee;
    }

    public void setCommitmentFee(String commitmentFee) {
        this.commitmentFee = commitmentFee;
    }

    public Boolean getPayableOnDemand() {
        return payableOnDemand;
    }

    public void setPayableOnDemand(Boolean payableOnDemand) {
        this.payableOnDemand = payableOnDemand;
    }

    public List<DrawRow> getDraws() {
        return draws;
    }

    public void setDraws(List<DrawRow> draws) {
        this.draws = draws;
    }

    public List<InstallmentRow> getInstallments() {
        return installments;
    }

    public void setInstallments(List<InstallmentRow> installments) {
        this.installments = installments;
    }

    /** The row of a position: every term the CSV format holds (events of default text is not one). */
    public static NoteRow of(Position position) {
        NoteTerms t = position.terms();
        NoteRow r = new NoteRow();
        r.noteId = t.id();
        r.principal = plain(t.principal());
        r.annualRate = t.annualRate().toPlainString();
        r.issueDate = t.issueDate();
        r.maturityDate = t.maturityDate();
        r.amortization = t.amortization().name();
        r.currency = t.currency().getCurrencyCode();
        r.firstPaymentDate = t.firstPaymentDate();
        r.frequency = t.frequency().name();
        r.dayCount = t.accrualBasis().code();
        r.payment = plain(t.statedPayment());
        r.amortizationMonths = t.amortizationMonths();
        r.paymentRounding = t.paymentRounding().name();
        r.interestRounding = t.interestRounding().name();
        r.oddDays = t.oddDays() instanceof OddDays.WholePeriod ? null : t.oddDays().code();
        r.borrower = t.borrower().name();
        r.borrowerAddress = t.borrower().address();
        r.lender = t.lender().name();
        r.lenderAddress = t.lender().address();
        r.sector = t.sector();
        r.region = t.region();
        r.rating = t.rating();
        r.secured = t.security().secured();
        r.collateral = t.security().collateral();
        r.collateralValue = plain(t.security().collateralValue());
        r.price = position.price() == null ? null : position.price().text();
        r.prepaymentAllowed = t.prepayment().allowed();
        r.prepaymentPenalty = t.prepayment().penaltyRate().toPlainString();
        r.lockoutUntil = t.prepayment().lockoutUntil();
        r.cureDays = t.defaults().cureDays();
        r.defaultRate = t.defaults().defaultRate() == null ? null : t.defaults().defaultRate().toPlainString();
        r.accelerates = t.defaults().accelerates();
        r.collectionCostsPayable = t.defaults().collectionCostsPayable();
        r.governingLaw = t.governingLaw();
        if (t.amortization() == Amortization.STATED) {
            List<StatedPaymentRow> payments = new ArrayList<>(t.statedSchedule().size());
            for (StatedPayment p : t.statedSchedule()) {
                payments.add(StatedPaymentRow.of(p.dueDate(), plain(p.amount())));
            }
            r.statedPayments = payments;
        }
        r.rateColumns(t);
        BusinessDayAdjustment businessDays = t.conventions().businessDays();
        if (businessDays.movesDates()) {
            r.calendar = businessDays.calendar().name();
            r.businessDayConvention = businessDays.convention().words();
            r.accrualDates = businessDays.accrual() == BusinessDayAdjustment.Accrual.ADJUSTED ? null
                    : businessDays.accrual().name().toLowerCase(Locale.ROOT);
        }
        r.paymentDay = t.conventions().paymentDay() == 0 ? null : t.conventions().paymentDay();
        r.structureColumns(t);
        r.chargeColumns(t);
        return r;
    }

    /**
     * The charge columns of {@code t}, the inverse of the core's reading of them: a step-down's steps joined by
     * {@code ;} in the core's own form of a step ({@link PremiumStep#toString()}); yield maintenance always with
     * its spread, since the core knows the premium by that column or the floor; defaults blank.
     */
    private void chargeColumns(NoteTerms t) {
        PrepaymentTerms prepayment = t.prepayment();
        if (prepayment.premium() instanceof PrepaymentPremium.StepDown down) {
            StringJoiner steps = new StringJoiner(";");
            down.steps().forEach(step -> steps.add(step.toString()));
            premiumSteps = steps.toString();
        } else if (prepayment.premium() instanceof PrepaymentPremium.YieldMaintenance ym) {
            yieldMaintenanceSpread = ym.spread().toPlainString();
            yieldMaintenanceFloor = ym.floor().signum() == 0 ? null : ym.floor().toPlainString();
        }
        openMonths = prepayment.openMonths() == 0 ? null : prepayment.openMonths();
        LateCharge late = t.defaults().lateCharge();
        if (late != null) {
            lateChargeRate = plain(late.rate());
            lateChargeAmount = plain(late.amount());
            lateChargeGraceDays = late.graceDays() == 0 ? null : late.graceDays();
            lateChargeMax = plain(late.maximum());
        }
        defaultMargin = plain(t.defaults().defaultMargin());
        savingsClause = t.savingsClause() == SavingsClause.NOT_CHARGED ? null
                : t.savingsClause().name().toLowerCase(Locale.ROOT);
        precomputedInterest = t.precomputed() == null ? null : t.precomputed().code();
        if (!t.fees().isEmpty()) {
            StringJoiner fees = new StringJoiner(";");
            t.fees().forEach(fee -> fees.add(fee.columnText()));
            closingFees = fees.toString();
        }
        if (t.periodicFee() != null) {
            periodicFeeAmount = plain(t.periodicFee().amount());
            periodicFeeRate = plain(t.periodicFee().annualRate());
        }
    }

    /**
     * The structure columns of {@code t}, as the portfolio CSV and its draws file hold them: nothing for a
     * note funded on its date and repaid by its schedule alone.
     */
    private void structureColumns(NoteTerms t) {
        firstPrincipalDate = t.firstPrincipalDate();
        principalFrequency = t.principalFrequency() == null ? null : t.principalFrequency().name();
        StructureTerms structure = t.structure();
        if (!structure.isPresent()) {
            return;
        }
        disbursementDate = structure.disbursementDate();
        Deferral deferral = structure.deferral();
        if (deferral != null) {
            deferralThrough = deferral.through();
            deferredInterest = deferral.interest().name().toLowerCase(Locale.ROOT);
        }
        List<DrawRow> rows = new ArrayList<>(structure.advances().size() + structure.forgiveness().size()
                + structure.repayments().size());
        for (DatedAmount a : structure.advances()) {
            rows.add(DrawRow.of(a.date(), plain(a.amount()), Draws.Kind.ADVANCE));
        }
        for (DatedAmount f : structure.forgiveness()) {
            rows.add(DrawRow.of(f.date(), plain(f.amount()), Draws.Kind.FORGIVENESS));
        }
        for (DatedAmount r : structure.repayments()) {
            rows.add(DrawRow.of(r.date(), plain(r.amount()), Draws.Kind.REPAYMENT));
        }
        commitmentFee = structure.commitmentFee() == null ? null : structure.commitmentFee().toPlainString();
        payableOnDemand = structure.payableOnDemand() ? Boolean.TRUE : null;
        draws = rows.isEmpty() ? null : rows;
        List<InstallmentRow> steps = new ArrayList<>(structure.installments().size());
        for (InstallmentStep step : structure.installments()) {
            steps.add(InstallmentRow.of(step.from(), plain(step.amount()), step.kind()));
        }
        installments = steps.isEmpty() ? null : steps;
    }

    /**
     * The rate columns of {@code t}, as the portfolio CSV holds them (docs/portfolio-format.md): nothing for
     * a fixed rate; a stepped rate's changes after the issue date as {@link #rateSteps}; a floating part's
     * terms; a conversion's date and rate after it. The flat columns hold one floating part and one fixed
     * one, so a conversion between two floating rates, or to or from a stepped rate, cannot be written and
     * is refused naming the note.
     */
    private void rateColumns(NoteTerms t) {
        RateTerms rate = t.rate();
        if (rate instanceof RateTerms.Stepped s) {
            rateKind = "stepped";
            List<RateStepRow> steps = new ArrayList<>(s.steps().size());
            for (RateTerms.Step step : s.steps()) {
                if (step.from().isAfter(t.issueDate())) {
                    steps.add(RateStepRow.of(step.from(), step.rate().toPlainString()));
                }
            }
            rateSteps = steps;
        } else if (rate instanceof RateTerms.Floating f) {
            rateKind = "floating";
            floatingColumns(f);
        } else if (rate instanceof RateTerms.Conversion c) {
            conversionDate = c.on();
            if (c.before() instanceof RateTerms.Fixed && c.after() instanceof RateTerms.Floating f) {
                rateKind = "fixed_to_floating";
                floatingColumns(f);
                convertedRate = f.initialRate().toPlainString();
            } else if (c.before() instanceof RateTerms.Floating f && c.after() instanceof RateTerms.Fixed x) {
                rateKind = "floating_to_fixed";
                floatingColumns(f);
                convertedRate = x.rate().toPlainString();
            } else {
                throw new IllegalArgumentException("note " + t.id() + ": rate " + rate + " cannot be held in the portfolio"
                        + " columns, which hold a conversion from fixed to floating or from floating to fixed only");
            }
        }
        maxLawfulRate = t.maxLawfulRate() == null ? null : t.maxLawfulRate().toPlainString();
        paymentOnReset = t.paymentOnReset() == null || t.paymentOnReset() == PaymentOnReset.REAMORTIZE ? null
                : t.paymentOnReset().name().toLowerCase(Locale.ROOT);
        negativeAmortizationCap = t.negativeAmortizationCap() == null ? null : t.negativeAmortizationCap().toPlainString();
    }

    private void floatingColumns(RateTerms.Floating f) {
        index = f.index();
        spread = f.spread().signum() == 0 ? null : f.spread().toPlainString();
        multiplier = f.multiplier().compareTo(BigDecimal.ONE) == 0 ? null : f.multiplier().toPlainString();
        resetFrequency = f.resetFrequency().name();
        firstResetDate = f.firstResetDate();
        lookbackDays = f.lookbackDays() == 0 ? null : f.lookbackDays();
        lookbackCalendar = f.lookbackCalendar() == null ? null : f.lookbackCalendar().name();
        // Blank for the defaults, so that the rows of floating notes before these options write as they did.
        negativeRates = f.negativeRates() == RateTerms.Floating.NegativeRates.HELD_AT_ZERO ? null : f.negativeRates().code();
        resetTiming = f.resetTiming() == RateTerms.Floating.ResetTiming.FROM_NEXT_PERIOD ? null : f.resetTiming().code();
        periodicCap = plain(f.periodicCap());
        periodicFloor = plain(f.periodicFloor());
        lifetimeCap = plain(f.lifetimeCap());
        lifetimeFloor = plain(f.lifetimeFloor());
        if (f.rounding() != null) {
            rateRounding = f.rounding().increment().toPlainString();
            rateRoundingMode = switch (f.rounding().mode()) {
                case UP -> "up";
                case DOWN -> "down";
                default -> null; // nearest, the column's default
            };
        }
    }

    private static String plain(BigDecimal rate) {
        return rate == null ? null : rate.toPlainString();
    }

    /**
     * The position this row holds, read by the core's one mapping from portfolio columns to positions
     * ({@link PositionColumns}), exactly as a CSV row of the same values is: an invalid row throws the
     * core's {@link com.notefolio.core.io.InputException} naming the column, the value and the rule.
     * Messages name the note.
     */
    public Position toPosition() {
        return toPosition("note " + noteId, 0);
    }

    /** The position this row holds; messages name {@code source} and {@code line} (0: rows have no order). */
    public Position toPosition(String source, long line) {
        List<StatedSchedules.Row> stated = new ArrayList<>(statedPayments == null ? 0 : statedPayments.size());
        if (statedPayments != null) {
            for (StatedPaymentRow p : statedPayments) {
                stated.add(new StatedSchedules.Row(p.getDueDate(), new BigDecimal(p.getPayment()), line));
            }
        }
        List<RateSteps.Row> steps = new ArrayList<>(rateSteps == null ? 0 : rateSteps.size());
        if (rateSteps != null) {
            for (RateStepRow step : rateSteps) {
                steps.add(new RateSteps.Row(step.getFrom(), new BigDecimal(step.getRate()), line));
            }
        }
        List<Draws.Row> dated = new ArrayList<>(draws == null ? 0 : draws.size());
        if (draws != null) {
            for (DrawRow d : draws) {
                dated.add(new Draws.Row(d.getDate(), new BigDecimal(d.getAmount()), Draws.Kind.of(d.getKind()), line));
            }
        }
        List<Installments.Row> stepped = new ArrayList<>(installments == null ? 0 : installments.size());
        if (installments != null) {
            for (InstallmentRow i : installments) {
                stepped.add(new Installments.Row(i.getFrom(), new BigDecimal(i.getAmount()),
                        InstallmentStep.Kind.of(i.getKind()), line));
            }
        }
        return PositionColumns.position(ColumnValues.of(source, line, this::column), source, stated, source, steps,
                source, dated, source, stepped);
    }

    /**
     * The value of a portfolio column ({@link PortfolioCsvReader}'s names): text as stored, dates, booleans
     * and whole numbers typed; {@code null} for blank or an unknown name. The one mapping of a row to the
     * portfolio format's columns, read by the core and written by the CSV writers.
     */
    public Object column(String name) {
        return switch (name) {
            case PortfolioCsvReader.NOTE_ID -> noteId;
            case PortfolioCsvReader.PRINCIPAL -> principal;
            case PortfolioCsvReader.ANNUAL_RATE -> annualRate;
            case PortfolioCsvReader.ISSUE_DATE -> issueDate;
            case PortfolioCsvReader.MATURITY_DATE -> maturityDate;
            case PortfolioCsvReader.AMORTIZATION -> amortization;
            case PortfolioCsvReader.CURRENCY -> currency;
            case PortfolioCsvReader.FIRST_PAYMENT_DATE -> firstPaymentDate;
            case PortfolioCsvReader.FREQUENCY -> frequency;
            case PortfolioCsvReader.DAY_COUNT -> dayCount;
            case PortfolioCsvReader.ODD_DAYS -> oddDays;
            case PortfolioCsvReader.PAYMENT -> payment;
            case PortfolioCsvReader.AMORTIZATION_MONTHS -> amortizationMonths;
            case PortfolioCsvReader.PAYMENT_ROUNDING -> paymentRounding;
            case PortfolioCsvReader.INTEREST_ROUNDING -> interestRounding;
            case PortfolioCsvReader.BORROWER -> borrower;
            case PortfolioCsvReader.BORROWER_ADDRESS -> borrowerAddress;
            case PortfolioCsvReader.LENDER -> lender;
            case PortfolioCsvReader.LENDER_ADDRESS -> lenderAddress;
            case PortfolioCsvReader.SECTOR -> sector;
            case PortfolioCsvReader.REGION -> region;
            case PortfolioCsvReader.RATING -> rating;
            case PortfolioCsvReader.SECURED -> secured;
            case PortfolioCsvReader.COLLATERAL -> collateral;
            case PortfolioCsvReader.COLLATERAL_VALUE -> collateralValue;
            case PortfolioCsvReader.PRICE -> price;
            case PortfolioCsvReader.PREPAYMENT_ALLOWED -> prepaymentAllowed;
            case PortfolioCsvReader.PREPAYMENT_PENALTY -> prepaymentPenalty;
            case PortfolioCsvReader.LOCKOUT_UNTIL -> lockoutUntil;
            case PortfolioCsvReader.CURE_DAYS -> cureDays;
            case PortfolioCsvReader.DEFAULT_RATE -> defaultRate;
            case PortfolioCsvReader.ACCELERATES -> accelerates;
            case PortfolioCsvReader.COLLECTION_COSTS_PAYABLE -> collectionCostsPayable;
            case PortfolioCsvReader.GOVERNING_LAW -> governingLaw;
            case PortfolioCsvReader.RATE_KIND -> rateKind;
            case PortfolioCsvReader.INDEX -> index;
            case PortfolioCsvReader.SPREAD -> spread;
            case PortfolioCsvReader.MULTIPLIER -> multiplier;
            case PortfolioCsvReader.RESET_FREQUENCY -> resetFrequency;
            case PortfolioCsvReader.FIRST_RESET_DATE -> firstResetDate;
            case PortfolioCsvReader.LOOKBACK_DAYS -> lookbackDays;
            case PortfolioCsvReader.PERIODIC_CAP -> periodicCap;
            case PortfolioCsvReader.PERIODIC_FLOOR -> periodicFloor;
            case PortfolioCsvReader.LIFETIME_CAP -> lifetimeCap;
            case PortfolioCsvReader.LIFETIME_FLOOR -> lifetimeFloor;
            case PortfolioCsvReader.RATE_ROUNDING -> rateRounding;
            case PortfolioCsvReader.RATE_ROUNDING_MODE -> rateRoundingMode;
            case PortfolioCsvReader.CONVERSION_DATE -> conversionDate;
            case PortfolioCsvReader.CONVERTED_RATE -> convertedRate;
            case PortfolioCsvReader.MAX_LAWFUL_RATE -> maxLawfulRate;
            case PortfolioCsvReader.PAYMENT_ON_RESET -> paymentOnReset;
            case PortfolioCsvReader.NEGATIVE_AMORTIZATION_CAP -> negativeAmortizationCap;
            case PortfolioCsvReader.LOOKBACK_CALENDAR -> lookbackCalendar;
            case PortfolioCsvReader.NEGATIVE_RATES -> negativeRates;
            case PortfolioCsvReader.RESET_TIMING -> resetTiming;
            case PortfolioCsvReader.CALENDAR -> calendar;
            case PortfolioCsvReader.BUSINESS_DAY_CONVENTION -> businessDayConvention;
            case PortfolioCsvReader.ACCRUAL_DATES -> accrualDates;
            case PortfolioCsvReader.PAYMENT_DAY -> paymentDay;
            case PortfolioCsvReader.DISBURSEMENT_DATE -> disbursementDate;
            case PortfolioCsvReader.FIRST_PRINCIPAL_DATE -> firstPrincipalDate;
            case PortfolioCsvReader.PRINCIPAL_FREQUENCY -> principalFrequency;
            case PortfolioCsvReader.DEFERRAL_THROUGH -> deferralThrough;
            case PortfolioCsvReader.DEFERRED_INTEREST -> deferredInterest;
            case PortfolioCsvReader.COMMITMENT_FEE -> commitmentFee;
            case PortfolioCsvReader.PAYABLE_ON_DEMAND -> payableOnDemand;
            case PortfolioCsvReader.PREMIUM_STEPS -> premiumSteps;
            case PortfolioCsvReader.YIELD_MAINTENANCE_SPREAD -> yieldMaintenanceSpread;
            case PortfolioCsvReader.YIELD_MAINTENANCE_FLOOR -> yieldMaintenanceFloor;
            case PortfolioCsvReader.OPEN_MONTHS -> openMonths;
            case PortfolioCsvReader.LATE_CHARGE_RATE -> lateChargeRate;
            case PortfolioCsvReader.LATE_CHARGE_AMOUNT -> lateChargeAmount;
            case PortfolioCsvReader.LATE_CHARGE_GRACE_DAYS -> lateChargeGraceDays;
            case PortfolioCsvReader.LATE_CHARGE_MAX -> lateChargeMax;
            case PortfolioCsvReader.DEFAULT_MARGIN -> defaultMargin;
            case PortfolioCsvReader.SAVINGS_CLAUSE -> savingsClause;
            case PortfolioCsvReader.PRECOMPUTED_INTEREST -> precomputedInterest;
            case PortfolioCsvReader.CLOSING_FEES -> closingFees;
            case PortfolioCsvReader.PERIODIC_FEE_AMOUNT -> periodicFeeAmount;
            case PortfolioCsvReader.PERIODIC_FEE_RATE -> periodicFeeRate;
            default -> null;
        };
    }

    private static String plain(MonetaryAmount amount) {
        return amount == null ? null : NoteTerms.decimal(amount).toPlainString();
    }
}
