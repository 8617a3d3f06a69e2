package com.notefolio.web.view.whatif;

import com.notefolio.core.scenario.DatedPrepayment;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.EventOfDefault;
import com.notefolio.core.scenario.InvalidScenarioException;
import com.notefolio.core.scenario.PrepaymentMode;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.RateShockTarget;
import com.notefolio.core.scenario.Recovery;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.web.view.IsoDates;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.notefolio.web.view.BoundedNumbers;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds one scenario from its parts: a dated prepayment or payoff of a chosen note, a portfolio-wide
 * prepayment speed (CPR, SMM or PSA), a default speed (CDR, severity, recovery lag), an event of default
 * with acceleration on a chosen note, and a rate shock of the discount curve, the index projections or
 * both. Empty parts are left out. Rates are typed as
 * percentages. {@link #scenario()} gives the scenario or the list of what is missing or refused: each
 * part is built as the core's value, which checks itself (a CPR above 100%, a negative severity…), and
 * its reason is shown at the field. What needs the notes is checked by the service when the scenario is
 * saved, and its refusal shown at the field with {@link #refused}; what needs the as-of date, when it is run.
 */
public class ScenarioEditor extends VerticalLayout {

    final TextField name = new TextField("Scenario name");

    final TextField prepaymentNote = new TextField("Note id");
    final DatePicker prepaymentDate = new DatePicker("Date");
    final BigDecimalField prepaymentAmount = new BigDecimalField("Principal prepaid (blank: payoff)");
    final ComboBox<PrepaymentMode> prepaymentMode = new ComboBox<>("Then", PrepaymentMode.values());

    final ComboBox<PrepaymentSpeed.Kind> speedKind = new ComboBox<>("Prepayment speed");
    final BigDecimalField speedValue = new BigDecimalField("Speed (CPR/SMM %, PSA %)");

    final BigDecimalField cdr = new BigDecimalField("CDR %");
    final BigDecimalField severity = new BigDecimalField("Loss severity %");
    final IntegerField recoveryLag = new IntegerField("Recovery lag (months)");

    final TextField defaultNote = new TextField("Note id");
    final DatePicker missedPayment = new DatePicker("Missed payment due");
    final DatePicker notice = new DatePicker("Notice of default");
    final BigDecimalField collectionCosts = new BigDecimalField("Collection costs");
    final BigDecimalField collateralValue = new BigDecimalField("Collateral value (blank: the note's)");
    final BigDecimalField haircut = new BigDecimalField("Collateral haircut %");
    final IntegerField realisationLag = new IntegerField("Realisation lag (months)");

    final IntegerField shockBp = new IntegerField("Rate shock (bp)");
    /** What the shock moves: on floating notes the index projections too, unless the analyst says otherwise. */
    final ComboBox<RateShockTarget> shockTarget = new ComboBox<>("The shock moves", RateShockTarget.values());


    public ScenarioEditor() {
        setPadding(false);
        BoundedNumbers.guard(prepaymentAmount, speedValue, cdr, severity, collectionCosts, collateralValue, haircut);
        name.setId("scenario-name");
        name.setMaxLength(100);
        name.setWidthFull();
        prepaymentMode.setValue(PrepaymentMode.REDUCE_TERM);
        prepaymentMode.setItemLabelGenerator(m -> m == PrepaymentMode.REDUCE_TERM ? "shorter term" : "lower payment");
        speedKind.setItems(PrepaymentSpeed.Kind.CPR, PrepaymentSpeed.Kind.SMM, PrepaymentSpeed.Kind.PSA);
        speedKind.setClearButtonVisible(true);
        speedKind.setId("speed-kind");
        speedValue.setId("speed-value");
        cdr.setId("cdr");
        severity.setId("severity");
        shockBp.setId("shock-bp");
        shockTarget.setId("shock-target");
        shockTarget.setItemLabelGenerator(ScenarioEditor::targetLabel);
        shockTarget.setValue(RateShockTarget.BOTH);
        shockTarget.setHelperText("Index projections set the coupons of floating notes; fixed notes only feel the"
                + " discount curve.");
        prepaymentNote.setId("prepayment-note");
        defaultNote.setId("default-note");
        missedPayment.setI18n(IsoDates.i18n());
        missedPayment.setId("missed-payment");
        notice.setI18n(IsoDates.i18n());
        notice.setId("notice");
        collectionCosts.setId("collection-costs");
        collateralValue.setId("collateral-value");
        prepaymentDate.setI18n(IsoDates.i18n());
        prepaymentDate.setId("prepayment-date");
        prepaymentAmount.setId("prepayment-amount");
        add(name,
                section("Prepayment or payoff of one note", prepaymentNote, prepaymentDate, prepaymentAmount,
                        prepaymentMode),
                section("Prepayment speed, every note", speedKind, speedValue),
                section("Default speed, every note", cdr, severity, recoveryLag),
                section("Event of default and acceleration of one note", defaultNote, missedPayment, notice,
                        collectionCosts, collateralValue, haircut, realisationLag),
                section("Rate shock", shockBp, shockTarget));
    }

    private static Details section(String title, com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        Details details = new Details(title, new Div(form));
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    /** What the editor holds as a scenario, or what is missing. */
    public record Result(Optional<Scenario> scenario, List<String> problems) {
    }

    public Result scenario() {
        clearRefusals();
        List<String> problems = new ArrayList<>();
        String scenarioName = name.getValue().strip();
        if (scenarioName.isEmpty()) {
            problem(problems, name, "Name the scenario.");
        }
        List<DatedPrepayment> prepayments = new ArrayList<>();
        if (!prepaymentNote.getValue().isBlank() || prepaymentDate.getValue() != null
                || prepaymentAmount.getValue() != null) {
            if (prepaymentNote.getValue().isBlank() || prepaymentDate.getValue() == null) {
                problem(problems, prepaymentNote.getValue().isBlank() ? prepaymentNote : prepaymentDate,
                        "A prepayment needs the note id and the date.");
            } else {
                built(() -> new DatedPrepayment(prepaymentNote.getValue().strip(), prepaymentDate.getValue(),
                        prepaymentAmount.getValue(), prepaymentMode.getValue()), "Prepayment", problems,
                        Map.of("note", prepaymentNote, "date", prepaymentDate, "amount", prepaymentAmount))
                        .ifPresent(prepayments::add);
            }
        }
        PrepaymentSpeed speed = null;
        if (speedKind.getValue() != null || speedValue.getValue() != null) {
            if (speedKind.getValue() == null || speedValue.getValue() == null) {
                problem(problems, speedKind.getValue() == null ? speedKind : speedValue,
                        "A prepayment speed needs its kind and value.");
            } else {
                BigDecimal value = speedValue.getValue();
                speed = built(() -> switch (speedKind.getValue()) {
                    case CPR -> PrepaymentSpeed.cpr(percent(value));
                    case SMM -> PrepaymentSpeed.smm(percent(value));
                    case PSA -> PrepaymentSpeed.psa(value.doubleValue());
                    case CPR_VECTOR -> throw new IllegalStateException("not offered");
                }, "Prepayment speed", problems, Map.of("cpr", speedValue, "smm", speedValue, "psa", speedValue))
                        .orElse(null);
            }
        }
        DefaultSpeed defaults = null;
        if (cdr.getValue() != null || severity.getValue() != null || recoveryLag.getValue() != null) {
            if (cdr.getValue() == null || severity.getValue() == null) {
                problem(problems, cdr.getValue() == null ? cdr : severity,
                        "A default speed needs the CDR and the loss severity.");
            } else {
                defaults = built(() -> new DefaultSpeed(percent(cdr.getValue()), percent(severity.getValue()),
                        recoveryLag.getValue() == null ? 0 : recoveryLag.getValue()), "Default speed", problems,
                        Map.of("cdr", cdr, "severity", severity, "recoveryLagMonths", recoveryLag)).orElse(null);
            }
        }
        List<EventOfDefault> events = new ArrayList<>();
        if (!defaultNote.getValue().isBlank() || missedPayment.getValue() != null) {
            if (defaultNote.getValue().isBlank() || missedPayment.getValue() == null) {
                problem(problems, defaultNote.getValue().isBlank() ? defaultNote : missedPayment,
                        "An event of default needs the note id and the missed payment's due date.");
            } else {
                Map<String, HasValidation> collateralFields = Map.of("collateral.value", collateralValue,
                        "collateral.haircut", haircut, "collateral.lagMonths", realisationLag);
                built(() -> Recovery.fromCollateral(collateralValue.getValue(),
                        haircut.getValue() == null ? 0 : percent(haircut.getValue()), null,
                        realisationLag.getValue() == null ? 0 : realisationLag.getValue()),
                        "Collateral", problems, collateralFields)
                        .flatMap(recovery -> built(() -> new EventOfDefault(defaultNote.getValue().strip(),
                                missedPayment.getValue(), notice.getValue(), collectionCosts.getValue(), recovery),
                                "Event of default", problems, Map.of("note", defaultNote, "missedPayment",
                                        missedPayment, "notice", notice, "collectionCosts", collectionCosts)))
                        .ifPresent(events::add);
            }
        }
        double shock = shockBp.getValue() == null ? 0 : shockBp.getValue();
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        PrepaymentSpeed prepaymentSpeed = speed;
        DefaultSpeed defaultSpeed = defaults;
        // Null is the default (both); a target other than both without a shock is refused by the core at its field.
        RateShockTarget target = shockTarget.getValue();
        Optional<Scenario> scenario = built(() -> new Scenario(scenarioName, prepayments, prepaymentSpeed, defaultSpeed,
                events, shock, target, null), "Scenario", problems,
                Map.of("name", name, "rateShockBp", shockBp, "rateShockTarget", shockTarget));
        if (scenario.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        if (!scenario.get().changesAnything()) {
            return new Result(Optional.empty(), List.of("The scenario changes nothing: fill in at least one part."));
        }
        return new Result(scenario, List.of());
    }

    /**
     * Builds a part; when the core's value refuses it, shows each reason at its field and lists it under
     * {@code part}. Rates are typed as percentages and handed over as fractions, so the field shows the
     * reason alone, not the fraction the message quotes.
     */
    private <T> Optional<T> built(Supplier<T> value, String part, List<String> problems,
                                  Map<String, HasValidation> fields) {
        try {
            return Optional.of(value.get());
        } catch (InvalidScenarioException e) {
            for (InvalidScenarioException.Problem p : e.problems()) {
                HasValidation field = fields.get(p.field());
                if (field != null) {
                    field.setErrorMessage(p.reason());
                    field.setInvalid(true);
                }
                problems.add(part + ": " + p.field() + " " + p.reason() + ".");
            }
            return Optional.empty();
        }
    }

    /**
     * Shows a refusal of the scenario by the service (checked against the portfolio's notes) at the field
     * each problem names; gives the problems no field here shows, as plain sentences.
     */
    public List<String> refused(InvalidScenarioException e) {
        Map<String, HasValidation> fields = Map.of("prepayments", prepaymentNote, "prepayments.note", prepaymentNote,
                "prepayments.date", prepaymentDate, "prepayments.amount", prepaymentAmount,
                "eventsOfDefault", defaultNote, "eventsOfDefault.note", defaultNote,
                "eventsOfDefault.missedPayment", missedPayment, "recovery.date", notice);
        List<String> elsewhere = new ArrayList<>();
        for (InvalidScenarioException.Problem p : e.problems()) {
            HasValidation field = fields.get(p.field());
            String reason = Character.toUpperCase(p.reason().charAt(0)) + p.reason().substring(1) + ".";
            if (field == null) {
                elsewhere.add(reason);
            } else {
                field.setErrorMessage(reason);
                field.setInvalid(true);
            }
        }
        return elsewhere;
    }

    /** Clears every field's mark: the core's refusals and the editor's own problems alike. */
    private void clearRefusals() {
        fields().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /**
     * What a scenario holds, in a few words ("2 dated prepayments · prepayment speed · +50 bp"): a
     * scenario read from JSON may hold several dated prepayments or events of default, and the list of
     * saved scenarios says so.
     */
    public static String parts(Scenario s) {
        List<String> parts = new ArrayList<>();
        count(parts, s.prepayments().size(), "dated prepayment", "dated prepayments");
        count(parts, s.eventsOfDefault().size(), "event of default", "events of default");
        count(parts, s.draws().size(), "draw", "draws");
        if (s.prepaymentSpeed() != null) {
            parts.add("prepayment speed");
        }
        if (s.defaultSpeed() != null) {
            parts.add("default speed");
        }
        if (s.rateShockBp() != 0) {
            parts.add((s.rateShockBp() > 0 ? "+" : "") + Math.round(s.rateShockBp()) + " bp"
                    + (s.rateShockTarget() == RateShockTarget.BOTH ? "" : " (" + targetLabel(s.rateShockTarget()) + ")"));
        }
        if (s.indexPath() != null) {
            parts.add("index path");
        }
        return String.join(" · ", parts);
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }

    /**
     * Why the editor cannot hold a scenario without dropping part of it, if it cannot: it has fields for
     * one dated prepayment and one event of default, none for draws, and a scenario from JSON may hold more. Such a
     * scenario is compared whole but not opened here, rather than saved back with its other parts lost.
     */
    public static Optional<String> notEditable(Scenario s) {
        if (s.prepayments().size() <= 1 && s.eventsOfDefault().size() <= 1 && s.indexPath() == null
                && s.draws().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(s.name() + " holds " + parts(s) + "; the editor holds one dated prepayment, one "
                + "event of default and no index path or draw, so it would lose the rest. It is compared whole as shown "
                + "here; change it in its scenario JSON (docs/scenarios.md).");
    }

    /**
     * Fills the editor from a saved scenario.
     *
     * @throws IllegalArgumentException when the editor cannot hold it whole ({@link #notEditable})
     */
    public void show(Scenario s) {
        notEditable(s).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        clear();
        name.setValue(s.name());
        if (!s.prepayments().isEmpty()) {
            DatedPrepayment p = s.prepayments().get(0);
            prepaymentNote.setValue(p.noteId());
            prepaymentDate.setValue(p.date());
            prepaymentAmount.setValue(p.amount());
            prepaymentMode.setValue(p.mode());
        }
        if (s.prepaymentSpeed() instanceof PrepaymentSpeed.Cpr c) {
            speedKind.setValue(PrepaymentSpeed.Kind.CPR);
            speedValue.setValue(asPercent(c.cpr()));
        } else if (s.prepaymentSpeed() instanceof PrepaymentSpeed.Smm m) {
            speedKind.setValue(PrepaymentSpeed.Kind.SMM);
            speedValue.setValue(asPercent(m.smm()));
        } else if (s.prepaymentSpeed() instanceof PrepaymentSpeed.Psa p) {
            speedKind.setValue(PrepaymentSpeed.Kind.PSA);
            speedValue.setValue(BigDecimal.valueOf(p.psa()).stripTrailingZeros());
        }
        if (s.defaultSpeed() != null) {
            cdr.setValue(asPercent(s.defaultSpeed().cdr()));
            severity.setValue(asPercent(s.defaultSpeed().severity()));
            recoveryLag.setValue(s.defaultSpeed().recoveryLagMonths());
        }
        if (!s.eventsOfDefault().isEmpty()) {
            EventOfDefault e = s.eventsOfDefault().get(0);
            defaultNote.setValue(e.noteId());
            missedPayment.setValue(e.missedPaymentDate());
            notice.setValue(e.noticeDate());
            collectionCosts.setValue(e.collectionCosts().signum() == 0 ? null : e.collectionCosts());
            if (e.recovery() instanceof Recovery.Collateral c) {
                collateralValue.setValue(c.value());
                haircut.setValue(asPercent(c.haircut()));
                realisationLag.setValue(c.lagMonths());
            }
        }
        if (s.rateShockBp() != 0) {
            shockBp.setValue((int) Math.round(s.rateShockBp()));
        }
        shockTarget.setValue(s.rateShockTarget());
    }

    public void clear() {
        clearRefusals();
        name.clear();
        prepaymentNote.clear();
        prepaymentDate.clear();
        prepaymentAmount.clear();
        prepaymentMode.setValue(PrepaymentMode.REDUCE_TERM);
        speedKind.clear();
        speedValue.clear();
        cdr.clear();
        severity.clear();
        recoveryLag.clear();
        defaultNote.clear();
        missedPayment.clear();
        notice.clear();
        collectionCosts.clear();
        collateralValue.clear();
        haircut.clear();
        realisationLag.clear();
        shockBp.clear();
        shockTarget.setValue(RateShockTarget.BOTH);
    }

    /** A problem shown beside the field it is about (and listed, for a message elsewhere). */
    private static void problem(List<String> problems, HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
        problems.add(text);
    }

    private List<HasValidation> fields() {
        return List.of(name, prepaymentNote, prepaymentDate, prepaymentAmount, speedKind, speedValue, cdr, severity,
                recoveryLag, defaultNote, missedPayment, notice, collectionCosts, collateralValue, haircut,
                realisationLag, shockBp, shockTarget);
    }

    private static String targetLabel(RateShockTarget target) {
        return switch (target) {
            case BOTH -> "discount curve and index projections";
            case DISCOUNT -> "discount curve only";
            case INDEX -> "index projections only";
        };
    }

    private static double percent(BigDecimal value) {
        return value.movePointLeft(2).doubleValue();
    }

    /**
     * A fraction shown as a percentage: 0.07 is 7, by moving the decimal point of the fraction's own
     * shortest decimal text, because {@code 0.07 * 100} is 7.000000000000001 in binary floating point.
     */
    private static BigDecimal asPercent(double fraction) {
        BigDecimal p = BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }
}
