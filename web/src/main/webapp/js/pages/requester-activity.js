// A requester's own tasks over time (GET /api/me/task-activity, docs/api.md): tasks posted and lifecycles
// settled per day or hour (throughput), and the share of decided submissions that were accepted, as charts.
import {h, show} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {loadChart} from '../chart.js';
import {definitionList, errorLine} from './common.js';

export default {
    id: 'requester-activity', route: '/activity', roles: ['requester'], title: 'page.requesterActivity', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.requesterActivity')), h('p', {class: 'muted'}, t('activity.intro')));
        const days = h('select', {id: 'activity-days'}, [7, 30, 90].map((d) => h('option', {value: String(d), selected: d === 30},
            t('curve.days', {n: d}))));
        const bucket = h('select', {id: 'activity-bucket'},
            h('option', {value: 'day'}, t('curve.byDay')), h('option', {value: 'hour'}, t('curve.byHour')));
        const result = h('div', {id: 'activity-result'});
        container.append(h('p', {class: 'inline controls'}, h('label', {for: 'activity-days'}, t('curve.window')), days,
            h('label', {for: 'activity-bucket'}, t('curve.bucket')), bucket), result);
        const charts = [];

        async function load() {
            if (bucket.value === 'hour' && Number(days.value) > 31) {
                days.value = '7';
            }
            show(result, h('p', {class: 'busy'}, h('progress'), ' ', t('app.loading')));
            try {
                const activity = await api.get('/me/task-activity?' + new URLSearchParams({days: days.value, bucket: bucket.value}));
                charts.splice(0).forEach((c) => c.destroy());
                const sum = (field) => activity.buckets.reduce((total, b) => total + b[field], 0);
                const decided = sum('decided');
                const throughput = h('canvas', {id: 'activity-throughput', role: 'img', 'aria-label': t('activity.throughput')});
                const acceptance = h('canvas', {id: 'activity-acceptance', role: 'img', 'aria-label': t('activity.acceptance')});
                show(result,
                    definitionList([
                        [t('curve.windowLine'), formatTime(activity.from) + ' – ' + formatTime(activity.to)],
                        [t('activity.posted'), h('span', {id: 'activity-posted'}, String(sum('posted')))],
                        [t('activity.settled'), h('span', {id: 'activity-settled'}, String(sum('settled')))],
                        [t('activity.decided'), h('span', {id: 'activity-decided'}, String(decided))],
                        [t('activity.rate'), h('span', {id: 'activity-rate'},
                            decided ? Math.round(100 * sum('accepted') / decided) + ' %' : '—')]]),
                    h('h2', {}, t('activity.throughput')), h('div', {class: 'chart'}, throughput),
                    h('h2', {}, t('activity.acceptance')), h('div', {class: 'chart'}, acceptance));
                const labels = activity.buckets.map((b) => bucket.value === 'hour' ? formatTime(b.start) : b.start.slice(0, 10));
                const Chart = await loadChart();
                charts.push(new Chart(throughput, {type: 'bar', data: {labels, datasets: [
                    {label: t('activity.posted'), data: activity.buckets.map((b) => b.posted), backgroundColor: '#9db4d8'},
                    {label: t('activity.settled'), data: activity.buckets.map((b) => b.settled), backgroundColor: '#1c7a3e'}]},
                options: {maintainAspectRatio: false, animation: false, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}}));
                charts.push(new Chart(acceptance, {type: 'line', data: {labels, datasets: [
                    {label: t('activity.rate'), data: activity.buckets.map((b) => b.acceptanceRate), borderColor: '#2456a6',
                        backgroundColor: '#2456a6', spanGaps: false, pointRadius: 3}]},
                options: {maintainAspectRatio: false, animation: false, scales: {y: {min: 0, max: 1}}}}));
            } catch (error) {
                show(result, errorLine(error));
            }
        }

        days.addEventListener('change', load);
        bucket.addEventListener('change', load);
        await load();
    }
};
