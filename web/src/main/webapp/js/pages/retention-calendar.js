// The retention calendar for compliance officers (docs/compliance-guide.md): the actions planned for the next
// days (GET /governance/retention/calendar) as a stacked bar chart and a table, a task's own plan
// (GET /governance/retention/{taskId}), the re-planning sweeps with their progress (GET /governance/sweeps),
// and the file of each rule-set version (GET /governance/rulesets/{v}/file), downloaded through the API client.
import {h, show} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {loadChart} from '../chart.js';
import {definitionList, empty, errorLine, messageArea, table} from './common.js';

const ACTIONS = ['archive', 'pseudonymise', 'purge'];
const COLOURS = {archive: '#2456a6', pseudonymise: '#8a5a00', purge: '#b3261e'};

export default {
    id: 'retention-calendar', route: '/governance/retention', roles: ['compliance-officer'],
    title: 'page.retentionCalendar', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.retentionCalendar')), h('p', {class: 'muted'}, t('calendar.intro')));
        container.append(planSection(api), await calendarSection(api), sweepsSection(api), filesSection(api));
    }
};

async function calendarSection(api) {
    const days = h('select', {id: 'calendar-days'}, [30, 90, 366].map((d) => h('option', {value: String(d)},
        t('calendar.days', {n: d}))));
    const result = h('div', {id: 'calendar-result'});
    const section = h('section', {id: 'calendar'}, h('h2', {}, t('calendar.upcoming')),
        h('p', {class: 'inline controls'}, h('label', {for: 'calendar-days'}, t('curve.window')), days), result);
    let chart = null;

    async function load() {
        show(result, h('p', {class: 'busy'}, h('progress'), ' ', t('app.loading')));
        try {
            const calendar = await api.get('/governance/retention/calendar?days=' + days.value);
            chart?.destroy();
            chart = null;
            const busy = calendar.days.filter((d) => d.total > 0);
            const canvas = h('canvas', {id: 'calendar-chart', role: 'img', 'aria-label': t('calendar.upcoming')});
            show(result,
                definitionList([
                    [t('calendar.overdue'), h('span', {id: 'calendar-overdue'}, actionLine(calendar.overdue))],
                    [t('calendar.held'), h('span', {id: 'calendar-held'}, String(calendar.heldPurges))]]),
                calendar.truncated ? h('p', {class: 'warning'}, t('calendar.truncated')) : null,
                h('div', {class: 'chart'}, canvas),
                busy.length ? table([t('calendar.day')].concat(ACTIONS.map((a) => t('calendar.action.' + a)), t('calendar.total')),
                    busy.map((d) => h('tr', {'data-date': d.date}, h('td', {}, d.date),
                        ACTIONS.map((a) => h('td', {'data-action': a}, String(d.actions[a] ?? 0))),
                        h('td', {}, String(d.total)))), {id: 'calendar-table'})
                    : empty('calendar.none'));
            const Chart = await loadChart();
            chart = new Chart(canvas, {type: 'bar', data: {labels: calendar.days.map((d) => d.date),
                datasets: ACTIONS.map((a) => ({label: t('calendar.action.' + a), data: calendar.days.map((d) => d.actions[a] ?? 0),
                    backgroundColor: COLOURS[a]}))},
            options: {maintainAspectRatio: false, animation: false,
                scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}}}});
        } catch (error) {
            show(result, errorLine(error));
        }
    }

    days.addEventListener('change', load);
    await load();
    return section;
}

function actionLine(counts) {
    return ACTIONS.map((a) => t('calendar.action.' + a) + ' ' + (counts[a] ?? 0)).join(' · ');
}

function planSection(api) {
    const taskId = h('input', {id: 'plan-task', placeholder: t('audit.taskId'), maxlength: 36});
    const result = h('div', {id: 'plan-result'});
    const look = h('button', {type: 'submit', id: 'plan-look'}, t('calendar.showPlan'));
    const form = h('form', {class: 'inline', novalidate: true}, taskId, look);
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (!taskId.value.trim()) {
            return;
        }
        show(result, h('p', {class: 'busy'}, h('progress'), ' ', t('app.loading')));
        try {
            const plan = await api.get('/governance/retention/' + encodeURIComponent(taskId.value.trim()));
            show(result, h('div', {class: 'report', 'data-plan-action': plan.action}, definitionList([
                [t('calendar.state'), plan.lifecycleState + ' · ' + formatTime(plan.stateSince)],
                [t('calendar.next'), plan.action + (plan.keepFor ? ' (' + plan.keepFor + ')' : '')],
                [t('calendar.due'), plan.dueAt ? formatTime(plan.dueAt) : t('calendar.never')],
                [t('calendar.hold'), plan.legalHold ? t('calendar.holdYes', {rows: plan.holdRows ?? ''}) : t('calendar.holdNo')],
                [t('calendar.decidedBy'), 'v' + plan.rulesetVersion + (plan.row ? ' ' + plan.row : '')],
                [t('calendar.reason'), plan.reason],
                [t('calendar.plannedAt'), formatTime(plan.plannedAt)]])));
        } catch (error) {
            show(result, errorLine(error));
        }
    });
    return h('section', {id: 'plan'}, h('h2', {}, t('calendar.plan')), form, result);
}

function sweepsSection(api) {
    const body = h('div', {id: 'sweeps-result'});
    const section = h('section', {id: 'sweeps'}, h('h2', {}, t('calendar.sweeps')), body);

    async function load() {
        try {
            const sweeps = await api.get('/governance/sweeps');
            show(body, sweeps.length ? table([t('calendar.sweep'), t('rulesets.version'), t('calendar.progress'),
                t('calendar.changed'), t('calendar.started'), t('calendar.finished')],
            sweeps.map((s) => h('tr', {'data-sweep': s.id, 'data-sweep-state': s.state},
                h('td', {}, String(s.id)), h('td', {}, 'v' + s.rulesetVersion),
                h('td', {}, h('progress', {max: String(Math.max(s.total, 1)), value: String(s.processed)}), ' ',
                    t('calendar.progressLine', {processed: s.processed, total: s.total, state: s.state})),
                h('td', {}, String(s.changed)), h('td', {}, formatTime(s.startedAt)),
                h('td', {}, s.finishedAt ? formatTime(s.finishedAt) : '—'))), {id: 'sweeps-table'})
                : empty('calendar.noSweeps'));
            // follow running sweeps while the page is open
            if (sweeps.some((s) => s.state === 'running') && section.isConnected) {
                setTimeout(load, 1500);
            }
        } catch (error) {
            show(body, errorLine(error));
        }
    }

    load();
    return section;
}

function filesSection(api) {
    const body = h('div', {id: 'files-result'});
    const message = messageArea();
    const section = h('section', {id: 'files'}, h('h2', {}, t('calendar.files')), h('p', {class: 'muted'}, t('calendar.filesIntro')),
        body, message.element);
    api.get('/governance/rulesets').then((versions) => {
        show(body, versions.length ? table([t('rulesets.version'), t('rulesets.file'), 'SHA-256', ''],
            versions.map((v) => h('tr', {'data-version': v.version}, h('td', {}, 'v' + v.version + ' (' + v.state + ')'),
                h('td', {}, v.fileName), h('td', {}, h('code', {}, v.sha256)),
                h('td', {}, h('button', {type: 'button', class: 'small', 'data-download': v.version, on: {click: async (event) => {
                    const button = event.currentTarget;
                    button.disabled = true;
                    try {
                        const {blob, fileName} = await api.download('/governance/rulesets/' + v.version + '/file');
                        const link = document.createElement('a');
                        link.href = URL.createObjectURL(blob);
                        link.download = fileName;
                        document.body.append(link);
                        link.click();
                        link.remove();
                        setTimeout(() => URL.revokeObjectURL(link.href), 60000);
                        section.setAttribute('data-downloaded', fileName + ':' + blob.size);
                        message.ok(t('calendar.downloaded', {name: fileName, size: blob.size.toLocaleString()}));
                    } catch (error) {
                        message.fail(error);
                    } finally {
                        button.disabled = false;
                    }
                }}}, t('calendar.download'))))), {id: 'files-table'}) : empty('calendar.noFiles'));
    }, (error) => show(body, errorLine(error)));
    return section;
}
