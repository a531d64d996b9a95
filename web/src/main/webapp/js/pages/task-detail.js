// One task and its history: every lifecycle event with its reason (who or which rule decided, and why).
import {h, jsonBlock} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {definitionList, loading, statusBadge} from './common.js';

export default {
    id: 'task-detail', route: '/tasks/:id', roles: ['requester', 'admin'], title: 'page.taskDetail', nav: false,
    async render(container, {api, params, auth}) {
        const task = await loading(container, () => api.get('/tasks/' + encodeURIComponent(params.id)));
        container.append(
            h('h1', {class: 'task-title'}, task.contentRedacted ? t('task.contentRedacted') : task.title),
            h('p', {}, statusBadge(task.status), ' ',
                h('a', {href: '#/tasks/' + encodeURIComponent(task.id) + '/results', id: 'results-link', class: 'button'},
                    t('task.results'))),
            definitionList([
                [t('tasks.type'), t('type.' + task.type)],
                [t('tasks.reward'), task.reward.amount + ' ' + task.reward.currency + ' × ' + task.redundancy],
                [t('post.deadline'), task.deadline],
                [t('post.skills'), task.skills.join(', ') || '—'],
                [t('tasks.dataClass'), task.dataClass],
                [t('post.region'), h('span', {id: 'task-region'}, task.region ?? '—')],
                [t('post.review'), h('span', {id: 'task-review'}, t('task.reviewPlan', {
                    method: t('post.aggregation.' + (task.review?.aggregation ?? 'default')),
                    target: task.review?.targetConfidence ?? t('task.platformDefault'),
                    max: task.review?.maxAssignments ?? task.redundancy}))],
                [t('tasks.created'), formatTime(task.createdAt)],
                [t('post.instructions'), task.contentRedacted ? t('task.contentRedacted') : task.instructions]]),
            h('h2', {}, t('post.input')), task.contentRedacted ? h('p', {class: 'muted'}, t('task.contentRedacted'))
                : jsonBlock(task.input),
            h('h2', {}, t('task.timeline')),
            h('ol', {class: 'timeline', id: 'timeline'}, (task.events ?? []).map((event) =>
                h('li', {'data-event': event.type},
                    h('div', {class: 'event-head'},
                        h('strong', {}, t('event.' + event.type)), ' ',
                        h('time', {}, formatTime(event.at)), ' ',
                        h('span', {class: 'muted'}, event.actor === undefined ? t('task.byPlatform')
                            : event.actor === auth.subject() ? t('task.byYou') : t('task.byPerson'))),
                    h('div', {class: 'reason'}, event.reason)))));
    }
};
