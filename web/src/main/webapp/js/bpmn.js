// The bpmn-js viewer (vendor/bpmn-js, see its README), loaded when the process monitor first draws. The UMD
// bundle defines globalThis.BpmnJS. Version 18 adds no inline style and no inline script (its overlays and
// zoom are set through the CSSOM), so the content security policy stays as it is; its stylesheets come from
// this server. The bpmn.io watermark it draws must stay visible (its licence).
const BASE = 'vendor/bpmn-js/';
const STYLES = ['diagram-js.css', 'bpmn-js.css'];

export async function loadBpmnViewer() {
    if (!globalThis.BpmnJS) {
        for (const name of STYLES) {
            const href = new URL(BASE + name, document.baseURI).href;
            if (![...document.styleSheets].some((sheet) => sheet.href === href)) {
                const link = document.createElement('link');
                link.rel = 'stylesheet';
                link.href = href;
                document.head.append(link);
            }
        }
        await import(new URL(BASE + 'bpmn-viewer.production.min.js', document.baseURI).href);
    }
    return globalThis.BpmnJS;
}
