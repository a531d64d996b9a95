import {h} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {empty, loading, statusBadge, table} from './common.js';

export default {
    id: 'my-tasks', route: '/tasks', roles: ['requester'], title: 'page.myTasks', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.myTasks')),
            h('p', {}, h('a', {href: '#/tasks/new', class: 'button'}, t('page.postTask'))));
        const tasks = await loading(container, () => api.get('/tasks'));
        if (!tasks.length) {
            container.append(empty('tasks.none'));
            return;
        }
        container.append(table(
            [t('tasks.title'), t('tasks.type'), t('tasks.status'), t('tasks.reward'), t('tasks.created'), ''],
            tasks.map((task) => h('tr', {'data-task-id': task.id},
                h('td', {}, h('a', {href: '#/tasks/' + encodeURIComponent(task.id), class: 'task-title'}, task.title)),
                h('td', {}, t('type.' + task.type)),
                h('td', {}, statusBadge(task.status)),
                h('td', {}, task.reward.amount + ' ' + task.reward.currency + ' × ' + task.redundancy),
                h('td', {}, formatTime(task.createdAt)),
                h('td', {}, h('a', {href: '#/tasks/' + encodeURIComponent(task.id) + '/results', class: 'results-link'},
                    t('task.results'))))),
            {id: 'task-list'}));
    }
};
