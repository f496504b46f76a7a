package org.groundwork.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.Style;
import com.vaadin.flow.shared.Registration;

/**
 * The app's one chart component: Apache ECharts (npm {@code echarts}, Apache 2.0) in a small element of our own.
 * Give it a {@link ChartOption} (or any ECharts option as JSON); a click on a bar or point fires a
 * {@link ClickEvent}, so a figure can lead to the records behind it.
 */
@Tag("gw-echart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./chart/gw-echart.js")
public class EChart extends Component implements HasSize {

    public EChart() {
        // An unknown element is inline, so outside a flex layout its width and height would not apply and ECharts
        // would draw into a sliver (the drift view's bars did).
        getStyle().setDisplay(Style.Display.BLOCK);
        setWidthFull();
        setHeight("320px");
    }

    public EChart(ChartOption option) {
        this();
        setOption(option);
    }

    public void setOption(ChartOption option) {
        setOptionJson(option.toJson());
    }

    /** An ECharts option object as JSON, for what {@link ChartOption} does not cover. */
    public void setOptionJson(String json) {
        getElement().setProperty("option", json);
    }

    public String getOptionJson() {
        return getElement().getProperty("option");
    }

    public Registration addClickListener(ComponentEventListener<ClickEvent> listener) {
        return addListener(ClickEvent.class, listener);
    }

    /** A click on a data point: which series, which point (by index and category name). */
    @DomEvent("gw-chart-click")
    public static class ClickEvent extends ComponentEvent<EChart> {

        private final int seriesIndex;
        private final int dataIndex;
        private final String name;

        public ClickEvent(EChart source, boolean fromClient,
                          @EventData("event.detail.seriesIndex") int seriesIndex,
                          @EventData("event.detail.dataIndex") int dataIndex,
                          @EventData("event.detail.name") String name) {
            super(source, fromClient);
            this.seriesIndex = seriesIndex;
            this.dataIndex = dataIndex;
            this.name = name;
        }

        public int getSeriesIndex() {
            return seriesIndex;
        }

        public int getDataIndex() {
            return dataIndex;
        }

        public String getName() {
            return name;
        }
    }
}
