import {h, jsonBlock} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {definitionList, empty, loading} from './common.js';
import {decisionForm} from './decide.js';

export default {
    id: 'reviews', route: '/reviews', roles: ['reviewer'], title: 'page.reviews', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.reviews')), h('p', {class: 'muted'}, t('reviews.fourEyes')));
        const queue = await loading(container, () => api.get('/reviews'));
        if (!queue.length) {
            container.append(empty('reviews.none'));
            return;
        }
        container.append(h('div', {class: 'cards'}, queue.map((item) => h('article',
            {class: 'card', 'data-submission-id': item.id, 'data-task-id': item.taskId},
            h('h2', {class: 'task-title'}, item.title),
            definitionList([
                [t('tasks.type'), t('type.' + item.type)],
                [t('reviews.submittedAt'), formatTime(item.submittedAt)],
                [t('post.instructions'), item.instructions]]),
            h('div', {class: 'two'}, h('div', {}, h('h3', {}, t('post.input')), jsonBlock(item.input)),
                h('div', {}, h('h3', {}, t('reviews.answer')), jsonBlock(item.answer))),
            decisionForm({
                accept: t('decide.accept'), reject: t('decide.reject'), reasonRequiredFor: ['reject'],
                send: (decision, reason) => api.post('/reviews/' + encodeURIComponent(item.id) + '/decision',
                    {decision, reason}),
                done: (decision) => t('decide.done.' + decision)
            })))));
    }
};
