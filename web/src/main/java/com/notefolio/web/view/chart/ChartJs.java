package com.notefolio.web.view.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.function.IntConsumer;

/**
 * A Chart.js chart: a {@code <canvas>} in a sized box, drawn in the browser from a
 * {@link ChartConfiguration}. The script is the webjar's file, added to the page on attach (an
 * {@code @JavaScript} or {@code @NpmPackage} would need a front-end build, impossible here). The drawing
 * script is a constant; the configuration reaches it as a JSON string argument only. A click on a bar or
 * slice calls the server back with the element's index, which is checked against the labels before any
 * listener sees it.
 */
@Tag("div")
public class ChartJs extends Component implements HasSize {

    static final String SCRIPT = "/webjars/chart.js/4.4.7/dist/chart.umd.js";

    /** {@code this} is the host element, $0 the canvas, $1 the configuration JSON, $2 whether clicks are wanted. */
    private static final String DRAW = """
            const host = this;
            const config = JSON.parse($1);
            if ($2) {
              config.options.onClick = (event, elements) => {
                if (elements.length > 0) { host.$server.clicked(elements[0].index); }
              };
              config.options.onHover = (event, elements) => {
                event.native.target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
              };
            }
            if (host.$chart) { host.$chart.destroy(); }
            host.$chart = new Chart($0, config);
            """;

    private final Element canvas = new Element("canvas");
    private ChartConfiguration configuration;
    private IntConsumer clickListener;

    public ChartJs() {
        getElement().appendChild(canvas);
        getElement().getStyle().set("position", "relative");
        setHeight("320px");
        setWidthFull();
    }

    public ChartJs(String id) {
        this();
        setId(id);
    }

    public void setConfiguration(ChartConfiguration configuration) {
        this.configuration = configuration;
        if (isAttached()) {
            draw();
        }
    }

    public ChartConfiguration getConfiguration() {
        return configuration;
    }

    /** Calls {@code listener} with the index (into the configuration's labels) of a clicked bar or slice. */
    public void onClick(IntConsumer listener) {
        this.clickListener = listener;
        if (isAttached() && configuration != null) {
            draw();
        }
    }

    /** A click from the browser; also what a test calls in place of a real click. */
    @ClientCallable
    public void clicked(int index) {
        if (clickListener != null && configuration != null && index >= 0 && index < configuration.labels().size()) {
            clickListener.accept(index);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT);
        if (configuration != null) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs(DRAW, canvas, configuration.toJson(), clickListener != null);
    }
}
