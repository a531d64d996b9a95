// Pieces several pages share.
import {h, show} from '../dom.js';
import {t} from '../i18n.js';

/** Shows a busy line while work runs, then whatever the work returns (or the error). */
export async function loading(container, work) {
    const busy = h('p', {class: 'busy', role: 'status'}, h('progress'), ' ', t('app.loading'));
    container.append(busy);
    try {
        return await work();
    } finally {
        busy.remove();
    }
}

export function errorLine(error) {
    const detail = error?.problem?.detail ?? error?.message ?? String(error);
    return h('p', {class: 'error', role: 'alert', 'data-problem': error?.type ?? null}, detail);
}

export function table(headers, rows, attributes = {}) {
    return h('table', attributes,
        h('thead', {}, h('tr', {}, headers.map((header) => h('th', {}, header)))),
        h('tbody', {}, rows));
}

export function statusBadge(status) {
    return h('span', {class: 'badge status-' + status, 'data-status': status}, t('status.' + status));
}

export function empty(key) {
    return h('p', {class: 'muted empty'}, t(key));
}

/** A message area whose text is replaced, announced to screen readers. */
export function messageArea() {
    const area = h('p', {class: 'message', role: 'status', 'aria-live': 'polite'});
    return {
        element: area,
        ok: (text) => show(area, h('span', {class: 'ok'}, text)),
        fail: (error) => show(area, errorLine(error)),
        clear: () => show(area)
    };
}

export function definitionList(pairs) {
    return h('dl', {class: 'facts'}, pairs.filter(([, value]) => value !== undefined && value !== null)
        .map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}
