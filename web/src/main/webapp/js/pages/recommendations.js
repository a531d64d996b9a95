// Open tasks the worker may take, best first, with the recommender's score and why (GET /me/recommendations).
import {h} from '../dom.js';
import {t} from '../i18n.js';
import {empty, loading, table} from './common.js';

export default {
    id: 'recommendations', route: '/recommendations', roles: ['worker'], title: 'page.recommendations', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.recommendations')));
        const recommendations = await loading(container, () => api.get('/me/recommendations'));
        if (!recommendations.length) {
            container.append(empty('recommendations.none'));
            return;
        }
        const personalised = recommendations.some((r) => r.personalised);
        const note = t(personalised ? 'recommendations.personalised' : 'recommendations.notPersonalised');
        const headers = [t('recommendations.rank'), t('tasks.title'), t('tasks.type'), t('tasks.reward'),
            t('recommendations.score'), t('recommendations.why')];
        container.append(
            h('p', {id: 'personalised-note', class: 'muted', 'data-personalised': String(personalised)}, note),
            table(headers, recommendations.map(row), {class: 'recommendations'}));
    }
};

function row(recommendation, index) {
    return h('tr', {'data-task-id': recommendation.taskId, 'data-personalised': String(recommendation.personalised)},
        h('td', {}, String(index + 1)),
        h('td', {class: 'task-title'}, recommendation.title),
        h('td', {}, t('type.' + recommendation.type)),
        h('td', {}, recommendation.reward.amount + ' ' + recommendation.reward.currency),
        h('td', {class: 'score'}, recommendation.score.toFixed(2)),
        h('td', {class: 'why'}, recommendation.why));
}
