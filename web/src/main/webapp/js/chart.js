// Chart.js from its WebJar (org.webjars.npm:chart.js, see web/pom.xml), loaded when a page first draws.
// The UMD bundle defines globalThis.Chart. It draws on a canvas and adds no inline style, so the
// content security policy stays as it is.
const CHART_JS = 'webjars/chart.js/4.5.1/dist/chart.umd.min.js';

export async function loadChart() {
    if (!globalThis.Chart) {
        await import(new URL(CHART_JS, document.baseURI).href);
    }
    return globalThis.Chart;
}
