import * as echarts from 'echarts';

/**
 * <gw-echart>: renders an Apache ECharts option given as a JSON string in its "option" property, resizes with
 * its box, and reports a click on a data point as a "gw-chart-click" event (series index, data index, name).
 */
class GwEchart extends HTMLElement {
  connectedCallback() {
    // A property set by the server before this element was upgraded shadows the setter: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const pending = this.option;
      delete this.option;
      this._option = pending;
    }
    if (!this._chart) {
      this._chart = echarts.init(this, null, { renderer: 'svg' });
      this._chart.on('click', (params) => this.dispatchEvent(new CustomEvent('gw-chart-click', {
        detail: { seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex ?? 0, name: String(params.name ?? '') }
      })));
      this._resizer = new ResizeObserver(() => this._chart && this._chart.resize());
      this._resizer.observe(this);
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._resizer) {
      this._resizer.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  set option(json) {
    this._option = json;
    this._render();
  }

  get option() {
    return this._option;
  }

  _render() {
    if (this._chart && this._option) {
      this._chart.setOption(JSON.parse(this._option), true);
    }
  }
}

customElements.define('gw-echart', GwEchart);
