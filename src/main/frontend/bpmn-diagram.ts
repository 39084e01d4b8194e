/*
 * <bangfu-bpmn-diagram>: a read-only BPMN diagram (bpmn-js NavigatedViewer: zoom with the wheel, pan by dragging).
 *
 * Fed by the Java component org.bangfu.workflow.ui.BpmnDiagram through
 *   property  xml             the BPMN 2.0 XML ("" shows nothing)
 *   attribute data-completed  space-separated ids of finished flow nodes   -> marker "bangfu-done"
 *   attribute data-current    space-separated ids of the open step(s)      -> marker "bangfu-current"
 *   attribute error-text      the text shown when the XML cannot be imported (default: Chinese)
 * and it reports back, for tests and styling,
 *   attribute data-state      empty | loading | shown | error
 *   attribute data-error      the import error, if any
 * Light DOM on purpose: bpmn-js styles are global (see BpmnDiagram's @CssImport) and tests can reach the SVG.
 */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

// Element names are Chinese: put CJK fonts in the chain so labels never render as boxes.
const FONT_FAMILY =
  'Arial, "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

const ERROR_TEXT = '流程图无法显示';

type Viewer = InstanceType<typeof NavigatedViewer>;

class BangfuBpmnDiagram extends HTMLElement {
  static get observedAttributes() {
    return ['data-completed', 'data-current'];
  }

  private _xml = '';
  private viewer?: Viewer;
  private canvasHost?: HTMLDivElement;
  private message?: HTMLDivElement;
  private resizeObserver?: ResizeObserver;
  private renderQueued = false;
  /** Renders run one after another; a newer request supersedes an older one still importing. */
  private renderCount = 0;

  get xml(): string {
    return this._xml;
  }

  set xml(value: string) {
    const next = value ?? '';
    if (next !== this._xml) {
      this._xml = next;
      this.queueRender();
    }
  }

  connectedCallback() {
    // Vaadin may set the property before this class was defined: take that value over.
    if (Object.prototype.hasOwnProperty.call(this, 'xml')) {
      const value = (this as any).xml;
      delete (this as any).xml;
      this.xml = value;
    }
    if (!this.viewer) {
      this.canvasHost = document.createElement('div');
      this.canvasHost.className = 'bangfu-bpmn-canvas';
      this.message = document.createElement('div');
      this.message.className = 'bangfu-bpmn-message';
      this.message.hidden = true;
      this.append(this.canvasHost, this.message);
      this.viewer = new NavigatedViewer({
        container: this.canvasHost,
        textRenderer: { defaultStyle: { fontFamily: FONT_FAMILY }, externalStyle: { fontFamily: FONT_FAMILY } },
      });
      this.resizeObserver = new ResizeObserver(() => this.canvas()?.resized());
      this.resizeObserver.observe(this);
    }
    this.queueRender();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.viewer?.destroy();
    this.viewer = undefined;
    this.replaceChildren();
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null) {
    if (oldValue !== newValue) {
      this.queueRender();
    }
  }

  /** xml and both id lists arrive in one server round trip: import once after all of them. */
  private queueRender() {
    if (this.renderQueued) {
      return;
    }
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.render();
    });
  }

  private ids(attribute: string): string[] {
    return (this.getAttribute(attribute) ?? '').split(/\s+/).filter((id) => id.length > 0);
  }

  private canvas(): any {
    return this.viewer?.get('canvas');
  }

  private async render() {
    const viewer = this.viewer;
    if (!viewer || !this.isConnected) {
      return;
    }
    const run = ++this.renderCount;
    this.showMessage(undefined);
    if (!this._xml) {
      viewer.clear();
      this.setAttribute('data-state', 'empty');
      return;
    }
    this.setAttribute('data-state', 'loading');
    try {
      await viewer.importXML(this._xml);
    } catch (error: any) {
      if (run === this.renderCount) {
        viewer.clear();
        this.showMessage(error?.message ?? String(error));
        this.setAttribute('data-state', 'error');
      }
      return;
    }
    if (run !== this.renderCount) {
      return;
    }
    this.mark(viewer);
    this.fit();
    this.setAttribute('data-state', 'shown');
  }

  private mark(viewer: Viewer) {
    const registry: any = viewer.get('elementRegistry');
    const canvas = this.canvas();
    const done = new Set(this.ids('data-completed').filter((id) => registry.get(id)));
    const current = new Set(this.ids('data-current').filter((id) => registry.get(id)));
    done.forEach((id) => canvas.addMarker(id, 'bangfu-done'));
    current.forEach((id) => canvas.addMarker(id, 'bangfu-current'));
    // A flow counts as taken when it leaves a finished node for a finished or the current one.
    registry
      .filter((element: any) => element.type === 'bpmn:SequenceFlow')
      .forEach((flow: any) => {
        const source = flow.businessObject.sourceRef?.id;
        const target = flow.businessObject.targetRef?.id;
        if (done.has(source) && (done.has(target) || current.has(target))) {
          canvas.addMarker(flow.id, 'bangfu-taken');
        }
      });
  }

  /** Fits the diagram once the element has a size (it may still be 0 x 0 right after attach). */
  private fit(attempt = 0) {
    const canvas = this.canvas();
    if (!canvas) {
      return;
    }
    if (this.clientWidth === 0 || this.clientHeight === 0) {
      if (attempt < 20) {
        requestAnimationFrame(() => this.fit(attempt + 1));
      }
      return;
    }
    canvas.resized();
    canvas.zoom('fit-viewport', 'auto');
  }

  private showMessage(detail: string | undefined) {
    if (!this.message) {
      return;
    }
    if (detail === undefined) {
      this.message.hidden = true;
      this.message.textContent = '';
      this.removeAttribute('data-error');
    } else {
      this.message.hidden = false;
      this.message.textContent = `${this.getAttribute('error-text') || ERROR_TEXT}\n${detail}`;
      this.setAttribute('data-error', detail);
    }
  }
}

if (!customElements.get('bangfu-bpmn-diagram')) {
  customElements.define('bangfu-bpmn-diagram', BangfuBpmnDiagram);
}
