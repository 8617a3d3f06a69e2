package com.notefolio.web.view.dashboard;

import com.notefolio.web.dashboard.DashboardInputs;
import com.notefolio.web.view.DisplayFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Objects;

/**
 * Says when the figures on screen are not those of the inputs above them: after an input changes, until
 * Compute shows figures for the inputs as they are (or the inputs are put back). The figures get the
 * class name {@value #STALE} and are dimmed, and the notice names the inputs they were computed for.
 */
public class StaleNotice extends Span {

    /** The class name of figures that do not match the inputs on screen. */
    public static final String STALE = "stale";

    private final Component figures;

    /** A notice for {@code figures}, hidden until they are stale. */
    public StaleNotice(Component figures) {
        this.figures = figures;
        setId("stale-notice");
        getElement().setAttribute("role", "status");
        addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        setVisible(false);
    }

    /**
     * Marks the figures stale or not: stale when figures computed for {@code shown} are on screen and the
     * inputs on screen, {@code onScreen}, differ (or do not read: {@code null}); nothing is marked while
     * no figures are shown ({@code shown} null).
     */
    public void update(DashboardInputs shown, DashboardInputs onScreen) {
        boolean stale = shown != null && !same(shown, onScreen);
        setVisible(stale);
        figures.getElement().getClassList().set(STALE, stale);
        figures.getElement().getStyle().set("opacity", stale ? "0.5" : null);
        if (stale) {
            setText("Out of date: the figures below are for as of " + shown.asOf() + ", discount rate "
                    + shown.discount().describe() + ", CDR " + DisplayFormat.percent(shown.cdr(), 2)
                    + ", severity " + DisplayFormat.percent(shown.severity(), 2)
                    + ", not the inputs above. Press Compute to update them.");
        }
    }

    /** Whether the stale mark is on. */
    public boolean stale() {
        return isVisible();
    }

    private static boolean same(DashboardInputs a, DashboardInputs b) {
        // The inputs strip trailing zeros, so 8 and 8.00 are equal values here.
        return b != null && Objects.equals(a, b);
    }
}
