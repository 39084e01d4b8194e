/*
 * <bangfu-echart>: one Apache ECharts chart (bar, line or pie) drawn from an option object given as JSON.
 *
 * Fed by the Java component org.bangfu.dashboard.ui.EChart through
 *   property  option      the ECharts option as JSON text ("" shows nothing)
 *   attribute error-text  the text shown when the option cannot be drawn (default: Chinese)
 * and it reports back, for tests and styling,
 *   attribute data-state   empty | shown | error
 *   attribute data-series  the number of series drawn
 *   attribute data-error   the parser's or ECharts' message, if any
 * Only the bar, line and pie charts and the components they need are imported (echarts/core), to keep the bundle
 * small. The chart follows its element's size through a ResizeObserver.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

const ERROR_TEXT = '图表无法显示';

class BangfuEChart extends HTMLElement {
  private _option = '';
  private chart?: echarts.ECharts;
  private host?: HTMLDivElement;
  private message?: HTMLDivElement;
  private resizeObserver?: ResizeObserver;

  get option(): string {
    return this._option;
  }

  set option(value: string) {
    const next = value ?? '';
    if (next !== this._option) {
      this._option = next;
      this.render();
    }
  }

  connectedCallback() {
    // Vaadin may set the property before this class was defined: take that value over.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const value = (this as any).option;
      delete (this as any).option;
      this._option = value ?? '';
    }
    if (!this.host) {
      this.style.display = this.style.display || 'block';
      this.host = document.createElement('div');
      this.host.style.width = '100%';
      this.host.style.height = '100%';
      this.message = document.createElement('div');
      this.message.className = 'bangfu-echart-message';
      this.message.style.whiteSpace = 'pre-wrap';
      this.message.style.color = 'var(--lumo-error-text-color, #c00)';
      this.message.hidden = true;
      this.append(this.host, this.message);
      this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
      this.resizeObserver.observe(this);
    }
    this.render();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.chart?.dispose();
    this.chart = undefined;
    this.host = undefined;
    this.message = undefined;
    this.replaceChildren();
  }

  private render() {
    if (!this.host || !this.isConnected) {
      return;
    }
    this.showMessage(undefined);
    if (!this._option) {
      this.chart?.clear();
      this.setAttribute('data-state', 'empty');
      this.setAttribute('data-series', '0');
      return;
    }
    try {
      const option = JSON.parse(this._option);
      if (option === null || typeof option !== 'object' || Array.isArray(option)) {
        throw new Error('the option is not a JSON object');
      }
      if (!this.chart) {
        this.chart = echarts.init(this.host);
      }
      this.chart.setOption(option, true);
      const series = Array.isArray(option.series) ? option.series.length : option.series ? 1 : 0;
      this.setAttribute('data-series', String(series));
      this.setAttribute('data-state', 'shown');
    } catch (error: any) {
      this.chart?.dispose();
      this.chart = undefined;
      this.showMessage(error?.message ?? String(error));
      this.setAttribute('data-series', '0');
      this.setAttribute('data-state', 'error');
    }
  }

  private showMessage(detail: string | undefined) {
    if (!this.message || !this.host) {
      return;
    }
    if (detail === undefined) {
      this.message.hidden = true;
      this.message.textContent = '';
      this.host.hidden = false;
      this.removeAttribute('data-error');
    } else {
      this.host.hidden = true;
      this.message.hidden = false;
      this.message.textContent = `${this.getAttribute('error-text') || ERROR_TEXT}\n${detail}`;
      this.setAttribute('data-error', detail);
    }
  }
}

if (!customElements.get('bangfu-echart')) {
  customElements.define('bangfu-echart', BangfuEChart);
}
