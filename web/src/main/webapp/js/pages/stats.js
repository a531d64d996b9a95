// Public statistics (GET /api/stats, docs/governance.md): differentially private counts as Chart.js bar
// charts, with the epsilon each query spent, its noise scale, and the budget of the period.
import {h} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {loadChart} from '../chart.js';
import {definitionList, errorLine, loading, table} from './common.js';

export default {
    id: 'stats', route: '/stats', roles: 'any', title: 'page.stats', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.stats')), h('p', {class: 'muted'}, t('stats.intro')));
        const stats = await loading(container, () => api.get('/stats'));
        const budget = stats.budget ?? {};
        container.append(definitionList([
            [t('stats.window'), stats.window ? formatTime(stats.window.start) + ' – ' + formatTime(stats.window.end) : null],
            [t('stats.budget'), t('stats.budgetLine', {spent: budget.epsilonSpent, total: budget.epsilonPerPeriod,
                remaining: budget.epsilonRemaining})]]));
        const queries = stats.queries ?? {};
        const charts = [];
        if (queries['tasks-per-type']) {
            const q = queries['tasks-per-type'];
            charts.push(section('tasks-per-type', q, Object.keys(q.counts).map((k) => t('type.' + k)),
                Object.values(q.counts), t('stats.tasks')));
        }
        if (queries['earnings-distribution']) {
            const q = queries['earnings-distribution'];
            charts.push(section('earnings-distribution', q, Object.keys(q.workersByEarnings).map((k) => k + ' ' + q.currency),
                Object.values(q.workersByEarnings), t('stats.workers')));
        }
        for (const c of charts) {
            container.append(c.element);
        }
        if (queries['approval-rates']) {
            const q = queries['approval-rates'];
            container.append(h('section', {'data-query': 'approval-rates'}, h('h2', {}, t('stats.q.approval-rates')),
                privacyLine(q),
                table([t('post.type'), t('stats.decided'), t('stats.approvalRate')], Object.entries(q.byType).map(([type, v]) =>
                    h('tr', {}, h('td', {}, t('type.' + type)), h('td', {}, v.decided),
                        h('td', {}, v.approvalRate === null || v.approvalRate === undefined ? '—'
                            : Math.round(v.approvalRate * 100) + ' %'))))));
        }
        try {
            const Chart = await loadChart();
            for (const c of charts) {
                new Chart(c.canvas, {type: 'bar', data: {labels: c.labels, datasets: [{label: c.label, data: c.values}]},
                    options: {maintainAspectRatio: false, animation: false, scales: {y: {beginAtZero: true}}}});
            }
        } catch (error) {
            container.append(errorLine(error));
        }
    }
};

function privacyLine(q) {
    return h('p', {class: 'muted', 'data-epsilon': q.epsilon},
        t('stats.privacy', {epsilon: q.epsilon, sensitivity: q.sensitivity, scale: q.noiseScale}));
}

function section(id, q, labels, values, label) {
    const canvas = h('canvas', {id: 'stats-' + id, role: 'img', 'aria-label': t('stats.q.' + id)});
    const element = h('section', {'data-query': id}, h('h2', {}, t('stats.q.' + id)), privacyLine(q),
        h('div', {class: 'chart'}, canvas));
    return {element, canvas, labels, values, label};
}
