// The assignment policy's learning curve for admins (GET /api/admin/policy/learning-curve, docs/assignment.md):
// the mean reward per bucket of each policy that made assignments (1 accepted, 0 rejected or expired), its
// running mean, and the learning policy's observation log with the model version, as Chart.js line charts.
import {h, show} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {loadChart} from '../chart.js';
import {definitionList, empty, errorLine, table} from './common.js';

const DAYS = [7, 14, 30, 90];

export default {
    id: 'learning-curve', route: '/policy', roles: ['admin'], title: 'page.learningCurve', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.learningCurve')), h('p', {class: 'muted'}, t('curve.intro')));
        const days = h('select', {id: 'curve-days'}, DAYS.map((d) => h('option', {value: String(d), selected: d === 14},
            t('curve.days', {n: d}))));
        const bucket = h('select', {id: 'curve-bucket'},
            h('option', {value: 'day'}, t('curve.byDay')), h('option', {value: 'hour'}, t('curve.byHour')));
        const refresh = h('button', {type: 'button', id: 'curve-refresh'}, t('monitor.refresh'));
        const result = h('div', {id: 'curve-result'});
        container.append(h('p', {class: 'inline controls'}, h('label', {for: 'curve-days'}, t('curve.window')), days,
            h('label', {for: 'curve-bucket'}, t('curve.bucket')), bucket, refresh), result);
        const charts = [];

        async function load() {
            if (bucket.value === 'hour' && Number(days.value) > 31) {
                days.value = '30';
            }
            refresh.disabled = true;
            show(result, h('p', {class: 'busy'}, h('progress'), ' ', t('app.loading')));
            try {
                const curve = await api.get('/admin/policy/learning-curve?' + new URLSearchParams(
                    {days: days.value, bucket: bucket.value}));
                charts.splice(0).forEach((c) => c.destroy());
                draw(curve);
            } catch (error) {
                show(result, errorLine(error));
            } finally {
                refresh.disabled = false;
            }
        }

        function label(iso) {
            const d = new Date(iso);
            return bucket.value === 'hour' ? formatTime(iso) : d.toISOString().slice(0, 10);
        }

        async function draw(curve) {
            const rewardCanvas = h('canvas', {id: 'curve-reward', role: 'img', 'aria-label': t('curve.rewardTitle')});
            const logCanvas = h('canvas', {id: 'curve-observations', role: 'img', 'aria-label': t('curve.logTitle')});
            const last = curve.observations[curve.observations.length - 1];
            show(result,
                definitionList([
                    [t('curve.configured'), h('code', {id: 'curve-configured'}, curve.configuredPolicy)],
                    [t('curve.windowLine'), formatTime(curve.from) + ' – ' + formatTime(curve.to)],
                    [t('curve.modelVersion'), h('span', {id: 'curve-model-version'}, String(last?.modelVersion ?? 0))]]),
                curve.truncated ? h('p', {class: 'warning'}, t('curve.truncated')) : null,
                h('h2', {}, t('curve.rewardTitle')),
                curve.series.length ? h('div', {class: 'chart'}, rewardCanvas) : empty('curve.noOutcomes'),
                curve.series.length ? table([t('curve.policy'), t('curve.outcomes'), t('curve.meanReward')],
                    curve.series.map((s) => h('tr', {'data-policy': s.policy}, h('td', {}, h('code', {}, s.policy)),
                        h('td', {}, String(s.outcomes)), h('td', {}, s.meanReward === null || s.meanReward === undefined
                            ? '—' : s.meanReward.toFixed(3)))), {id: 'curve-policies'}) : null,
                curve.series.length > 1 ? null : h('p', {class: 'muted'}, t('curve.noBaseline')),
                h('h2', {}, t('curve.logTitle')), h('p', {class: 'muted'}, t('curve.logIntro')),
                h('div', {class: 'chart'}, logCanvas));
            try {
                const Chart = await loadChart();
                const labels = curve.buckets.map(label);
                if (curve.series.length) {
                    const datasets = [];
                    curve.series.forEach((s, i) => {
                        const colour = COLOURS[i % COLOURS.length];
                        datasets.push({label: t('curve.perBucket', {policy: s.policy}), data: s.points.map((p) => p.meanReward),
                            borderColor: colour, backgroundColor: colour, spanGaps: false, pointRadius: 3});
                        datasets.push({label: t('curve.running', {policy: s.policy}),
                            data: s.points.map((p) => p.cumulativeMeanReward), borderColor: colour, borderDash: [6, 4],
                            pointRadius: 0, spanGaps: true});
                    });
                    charts.push(new Chart(rewardCanvas, {type: 'line', data: {labels, datasets},
                        options: {maintainAspectRatio: false, animation: false,
                            scales: {y: {min: 0, max: 1, title: {display: true, text: t('curve.reward')}}}}}));
                }
                charts.push(new Chart(logCanvas, {type: 'bar', data: {labels, datasets: [
                    {type: 'bar', label: t('curve.observed'), data: curve.observations.map((p) => p.count),
                        backgroundColor: '#9db4d8', yAxisID: 'y'},
                    {type: 'line', label: t('curve.modelVersion'), data: curve.observations.map((p) => p.modelVersion),
                        borderColor: '#2456a6', pointRadius: 0, yAxisID: 'y1'}]},
                options: {maintainAspectRatio: false, animation: false, scales: {
                    y: {beginAtZero: true, title: {display: true, text: t('curve.observed')}},
                    y1: {beginAtZero: true, position: 'right', grid: {drawOnChartArea: false},
                        title: {display: true, text: t('curve.modelVersion')}}}}}));
            } catch (error) {
                result.append(errorLine(error));
            }
        }

        // the recommender feeds the affinity feature. A rebuild runs inside its request (or the timer's): the API has
        // no measure of how far it got, so the page shows honestly what it knows: the model served now, a rebuild
        // running (since when, seconds counting), and the model it built once it is done.
        const served = h('p', {id: 'model-served', class: 'muted'});
        const rebuildResult = h('div', {id: 'rebuild-result', 'aria-live': 'polite'});
        const rebuild = h('button', {type: 'button', id: 'rebuild'}, t('curve.rebuild'));
        const describe = (model) => t('curve.rebuilt', {variant: model.variant, workers: model.workers,
            types: model.taskTypes, preferences: model.preferences, ms: model.buildMillis, time: formatTime(model.builtAt)});
        const busy = (since) => {
            const elapsed = h('span', {id: 'rebuild-elapsed'}, '0 s');
            const tick = () => show(elapsed, Math.max(0, Math.round((Date.now() - since) / 1000)) + ' s');
            const timer = setInterval(tick, 250);
            show(rebuildResult, h('p', {class: 'busy', role: 'status', 'data-rebuilding': 'true'}, h('progress'), ' ',
                t('curve.rebuilding'), ' ', elapsed));
            return () => clearInterval(timer);
        };
        async function status() {
            const current = await api.get('/admin/recommendations/model');
            show(served, t('curve.served', {model: describe(current.model)}));
            return current;
        }
        // a rebuild already running (the timer's, or another admin's): wait for it, then show the new model
        async function follow(current) {
            rebuild.disabled = true;
            const stop = busy(new Date(current.rebuildingSince).getTime());
            try {
                while (current.rebuildingSince) {
                    await new Promise((resolve) => setTimeout(resolve, 1000));
                    current = await status();
                }
                show(rebuildResult, h('p', {class: 'ok', 'data-built-at': current.model.builtAt}, describe(current.model)));
            } catch (error) {
                show(rebuildResult, errorLine(error));
            } finally {
                stop();
                rebuild.disabled = false;
            }
        }
        rebuild.addEventListener('click', async () => {
            rebuild.disabled = true;
            const stop = busy(Date.now());
            try {
                const model = await api.post('/admin/recommendations/rebuild');
                show(rebuildResult, h('p', {class: 'ok', 'data-built-at': model.builtAt}, describe(model)));
                show(served, t('curve.served', {model: describe(model)}));
            } catch (error) {
                show(rebuildResult, errorLine(error));
            } finally {
                stop();
                rebuild.disabled = false;
            }
        });
        container.append(h('section', {id: 'recommender'}, h('h2', {}, t('curve.recommender')),
            h('p', {class: 'muted'}, t('curve.recommenderIntro')), served, rebuild, rebuildResult));
        status().then((current) => current.rebuildingSince ? follow(current) : null)
            .catch((error) => show(served, errorLine(error)));

        refresh.addEventListener('click', load);
        days.addEventListener('change', load);
        bucket.addEventListener('change', load);
        await load();
    }
};

const COLOURS = ['#2456a6', '#1c7a3e', '#b3261e', '#8a5a00', '#6b3fa0'];
