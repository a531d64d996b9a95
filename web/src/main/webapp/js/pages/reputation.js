// The worker's reputation per task type and how it was computed (GET /me/reputation): the estimate the
// assignment policy uses as repType, from Dawid-Skene over the type's recent answers and gold questions.
import {h} from '../dom.js';
import {t} from '../i18n.js';
import {empty, loading, table} from './common.js';

export default {
    id: 'reputation', route: '/reputation', roles: ['worker'], title: 'page.reputation', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.reputation')));
        const reputations = await loading(container, () => api.get('/me/reputation'));
        if (!reputations.length) {
            container.append(empty('reputation.none'));
            return;
        }
        const headers = [t('tasks.type'), t('reputation.estimate'), t('reputation.answers'), t('reputation.gold'),
            t('reputation.how')];
        container.append(h('p', {class: 'muted'}, t('reputation.about')),
            table(headers, reputations.map(row), {class: 'reputation'}));
    }
};

function row(reputation) {
    return h('tr', {'data-task-type': reputation.taskType},
        h('td', {}, t('type.' + reputation.taskType)),
        h('td', {class: 'estimate'}, (reputation.estimatedAccuracy * 100).toFixed(1) + ' %'),
        h('td', {}, String(reputation.answers)),
        h('td', {}, reputation.goldCorrect + ' / ' + reputation.goldAnswered),
        h('td', {class: 'how'}, reputation.explanation));
}
