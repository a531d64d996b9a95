// The process monitor for process designers and admins (GET /api/admin/process-monitor, docs/api.md): one
// version of a process model drawn by the bpmn-js viewer, with the instances on each activity as overlays
// (active now, finished from history, open incidents), a version selector, and a refresh that updates the
// counts without drawing the diagram again. The tables below say the same in text.
import {h, show} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {loadBpmnViewer} from '../bpmn.js';
import {definitionList, empty, errorLine, loading, messageArea, table} from './common.js';

export default {
    id: 'process-monitor', route: '/processes', roles: ['process-designer', 'admin'], title: 'page.processMonitor',
    nav: true,
    async render(container, {api, roles}) {
        container.append(h('h1', {}, t('page.processMonitor')), h('p', {class: 'muted'}, t('monitor.intro')));
        const processSelect = h('select', {id: 'monitor-process'});
        const versionSelect = h('select', {id: 'monitor-version'});
        const refresh = h('button', {type: 'button', id: 'monitor-refresh'}, t('monitor.refresh'));
        const message = messageArea();
        const summary = h('div', {id: 'monitor-summary'});
        const canvas = h('div', {id: 'monitor-diagram', class: 'diagram', role: 'img', 'aria-label': t('monitor.diagram')});
        const activities = h('div', {id: 'monitor-activities'});
        const incidents = h('div', {id: 'monitor-incidents'});
        container.append(
            h('p', {class: 'inline controls'},
                h('label', {for: 'monitor-process'}, t('monitor.process')), processSelect,
                h('label', {for: 'monitor-version'}, t('monitor.version')), versionSelect, refresh),
            message.element, summary, canvas, legend(),
            h('h2', {}, t('monitor.activities')), activities,
            h('h2', {}, t('monitor.incidents')), incidents);

        let viewer = null;
        let current = null;

        async function load(query, withXml) {
            refresh.disabled = true;
            try {
                const params = new URLSearchParams(query);
                params.set('xml', String(withXml));
                const report = await api.get('/admin/process-monitor?' + params);
                if (withXml) {
                    const BpmnJS = await loadBpmnViewer();
                    viewer?.destroy();
                    show(canvas);
                    viewer = new BpmnJS({container: canvas});
                    await viewer.importXML(report.bpmnXml);
                    viewer.get('canvas').zoom('fit-viewport');
                }
                current = report;
                fillSelectors(report);
                showReport(report);
                message.clear();
            } catch (error) {
                message.fail(error);
            } finally {
                refresh.disabled = false;
            }
        }

        function fillSelectors(report) {
            show(processSelect, report.processes.map((p) => h('option', {value: p.key, selected: p.key === report.definition.key},
                p.name ? p.name + ' (' + p.key + ')' : p.key)));
            show(versionSelect, report.versions.map((v) => h('option', {value: v.id, selected: v.id === report.definition.id},
                t('monitor.versionOption', {version: v.version, time: v.deployedAt ? formatTime(v.deployedAt) : '—'})
                + (v.version === report.versions[0].version ? ' · ' + t('monitor.latest') : ''))));
        }

        function showReport(report) {
            const d = report.definition;
            show(summary, definitionList([
                [t('monitor.definition'), h('code', {id: 'monitor-definition-id'}, d.id)],
                [t('monitor.running'), h('span', {id: 'monitor-running'}, String(report.runningInstances))],
                [t('monitor.finished'), h('span', {id: 'monitor-finished'}, String(report.finishedInstances))],
                [t('monitor.openIncidents'), h('span', {id: 'monitor-open-incidents',
                    class: report.openIncidents ? 'error' : null}, String(report.openIncidents))],
                [t('monitor.takenAt'), h('span', {id: 'monitor-taken-at'}, formatTime(report.takenAt))]]));
            const registry = viewer?.get('elementRegistry');
            const overlays = viewer?.get('overlays');
            overlays?.clear();
            for (const a of report.activities) {
                if (!registry?.get(a.activityId)) {
                    continue;
                }
                if (a.active) {
                    overlays.add(a.activityId, 'counts', {scale: {min: 1}, position: {bottom: 12, left: -8},
                        html: badge('active', a.activityId, a.active, t('monitor.activeTitle', {n: a.active}))});
                }
                if (a.finished) {
                    overlays.add(a.activityId, 'counts', {scale: {min: 1}, position: {bottom: 12, right: 8},
                        html: badge('finished', a.activityId, a.finished, t('monitor.finishedTitle', {n: a.finished}))});
                }
                if (a.incidents) {
                    overlays.add(a.activityId, 'counts', {scale: {min: 1}, position: {top: -8, right: 8},
                        html: badge('incidents', a.activityId, a.incidents, t('monitor.incidentsTitle', {n: a.incidents}))});
                }
            }
            show(activities, report.activities.length ? table(
                [t('monitor.activity'), t('monitor.name'), t('monitor.active'), t('monitor.finishedCount'),
                    t('monitor.canceled'), t('monitor.incidentCount')],
                report.activities.map((a) => h('tr', {'data-activity': a.activityId},
                    h('td', {}, h('code', {}, a.activityId)),
                    h('td', {}, registry?.get(a.activityId)?.businessObject?.name ?? ''),
                    h('td', {class: 'count-active'}, String(a.active)), h('td', {class: 'count-finished'}, String(a.finished)),
                    h('td', {}, String(a.canceled)),
                    h('td', {class: a.incidents ? 'error' : null}, String(a.incidents)))), {id: 'monitor-activity-table'})
                : empty('monitor.noInstances'));
            show(incidents, report.incidents.length ? table(
                [t('monitor.since'), t('monitor.activity'), t('monitor.type'), t('monitor.message'), t('monitor.task')],
                report.incidents.map((i) => h('tr', {'data-incident': i.id},
                    h('td', {}, formatTime(i.since)), h('td', {}, h('code', {}, i.activityId ?? '')),
                    h('td', {}, i.type), h('td', {class: 'incident-message'}, i.message ?? ''),
                    h('td', {}, !i.taskId ? '' : roles.includes('admin')
                        ? h('a', {href: '#/tasks/' + encodeURIComponent(i.taskId)}, i.taskId) : h('code', {}, i.taskId)))),
                {id: 'monitor-incident-table'})
                : empty('monitor.noIncidents'));
        }

        processSelect.addEventListener('change', () => load({key: processSelect.value}, true));
        versionSelect.addEventListener('change', () => load({processDefinitionId: versionSelect.value}, true));
        refresh.addEventListener('click', () => load(current ? {processDefinitionId: current.definition.id} : {}, false));
        await loading(container, () => load({}, true));
    }
};

function badge(kind, activityId, n, title) {
    return h('span', {class: 'count-badge ' + kind, 'data-count': kind, 'data-activity': activityId, title}, String(n));
}

function legend() {
    return h('p', {class: 'legend muted'},
        h('span', {class: 'count-badge active'}, 'n'), ' ', t('monitor.legendActive'), ' ',
        h('span', {class: 'count-badge finished'}, 'n'), ' ', t('monitor.legendFinished'), ' ',
        h('span', {class: 'count-badge incidents'}, 'n'), ' ', t('monitor.legendIncidents'));
}
