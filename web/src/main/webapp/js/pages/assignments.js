// A worker's open assignments: what to do, until when, why it is theirs; the answer is submitted here.
import {h, show, jsonBlock} from '../dom.js';
import {formatTime, relativeTime, t} from '../i18n.js';
import {definitionList, empty, loading, messageArea} from './common.js';

/** Valid JSON is sent as JSON (an object, a number, true); anything else as a text answer. */
export function answerOf(text) {
    try {
        return JSON.parse(text);
    } catch (notJson) {
        return text;
    }
}

export default {
    id: 'assignments', route: '/assignments', roles: ['worker'], title: 'page.assignments', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.assignments')));
        const assignments = await loading(container, () => api.get('/me/assignments'));
        if (!assignments.length) {
            container.append(empty('assignments.none'));
            return;
        }
        container.append(h('div', {class: 'cards'}, assignments.map((assignment) => card(assignment, api))));
    }
};

function card(assignment, api) {
    const overdue = new Date(assignment.dueAt).getTime() < Date.now();
    const answer = h('textarea', {rows: 3, name: 'answer', 'aria-label': t('assignments.answer'),
        placeholder: '{"cat": true}'});
    const submit = h('button', {type: 'submit'}, t('assignments.submit'));
    const message = messageArea();
    const form = h('form', {class: 'form'}, h('label', {}, t('assignments.answer')), answer,
        h('small', {class: 'muted'}, t('assignments.answerHint')), submit, message.element);
    const element = h('article', {class: 'card', 'data-assignment-id': assignment.id, 'data-task-id': assignment.taskId},
        h('h2', {class: 'task-title'}, assignment.title),
        h('p', {class: overdue ? 'due overdue' : 'due'},
            t('assignments.due', {when: relativeTime(assignment.dueAt)}), ' (', formatTime(assignment.dueAt), ')'),
        definitionList([
            [t('tasks.type'), t('type.' + assignment.type)],
            [t('tasks.reward'), assignment.reward.amount + ' ' + assignment.reward.currency],
            [t('post.instructions'), assignment.instructions]]),
        h('h3', {}, t('post.input')), jsonBlock(assignment.input),
        h('details', {class: 'why'}, h('summary', {}, t('assignments.why')), h('p', {}, assignment.why)),
        form);
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (!answer.value.trim()) {
            message.fail(new Error(t('assignments.answerRequired')));
            return;
        }
        submit.disabled = true;
        try {
            await api.post('/assignments/' + encodeURIComponent(assignment.id) + '/submission',
                {answer: answerOf(answer.value)});
            show(form, h('p', {class: 'ok', 'data-submitted': 'true'}, t('assignments.submitted')));
        } catch (error) {
            message.fail(error);
            submit.disabled = false;
        }
    });
    return element;
}
