import {h, jsonBlock} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {definitionList, empty, loading} from './common.js';
import {decisionForm} from './decide.js';

export default {
    id: 'disputes', route: '/disputes', roles: ['reviewer'], title: 'page.disputes', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.disputes')), h('p', {class: 'muted'}, t('disputes.final')));
        const queue = await loading(container, () => api.get('/disputes'));
        if (!queue.length) {
            container.append(empty('disputes.none'));
            return;
        }
        container.append(h('div', {class: 'cards'}, queue.map((item) => h('article',
            {class: 'card', 'data-dispute-id': item.id, 'data-task-id': item.taskId},
            h('h2', {class: 'task-title'}, item.title),
            definitionList([
                [t('disputes.filedAt'), formatTime(item.filedAt)],
                [t('disputes.rejectionReason'), item.rejectionReason],
                [t('disputes.disputeReason'), item.disputeReason]]),
            h('div', {class: 'two'}, h('div', {}, h('h3', {}, t('post.input')), jsonBlock(item.input)),
                h('div', {}, h('h3', {}, t('reviews.answer')), jsonBlock(item.answer))),
            decisionForm({
                accept: t('disputes.uphold'), reject: t('disputes.dismiss'), reasonRequiredFor: ['accept', 'reject'],
                send: (decision, reason) => api.post('/disputes/' + encodeURIComponent(item.id) + '/decision',
                    {decision, reason}),
                done: (decision) => t('disputes.done.' + decision)
            })))));
    }
};
