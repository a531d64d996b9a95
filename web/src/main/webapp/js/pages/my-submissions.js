// The worker's own submissions with the review decision and its reason (GET /me/submissions); a rejected one
// whose dispute window is open can be disputed here (POST /submissions/{id}/dispute), once.
import {h, show} from '../dom.js';
import {t} from '../i18n.js';
import {empty, loading, messageArea, table} from './common.js';

export default {
    id: 'my-submissions', route: '/submissions', roles: ['worker'], title: 'page.mySubmissions', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.mySubmissions')));
        const submissions = await loading(container, () => api.get('/me/submissions'));
        if (!submissions.length) {
            container.append(empty('submissions.none'));
            return;
        }
        const headers = [t('tasks.title'), t('tasks.type'), t('submissions.decision'), t('submissions.reason'), ''];
        container.append(table(headers, submissions.map((s) => row(s, api)), {class: 'my-submissions'}));
    }
};

function row(submission, api) {
    const decidedBy = submission.decidedBy ? ' (' + t('submissions.by.' + submission.decidedBy) + ')' : '';
    return h('tr', {'data-submission-id': submission.id, 'data-decision': submission.decision},
        h('td', {class: 'task-title'}, submission.taskTitle ?? ''),
        h('td', {}, t('type.' + submission.taskType)),
        h('td', {class: 'decision'}, t('submissions.' + submission.decision) + decidedBy),
        h('td', {class: 'reason'}, submission.decisionReason ?? ''),
        h('td', {}, submission.disputable ? disputeForm(submission, api)
            : submission.dispute ? t('submissions.disputed') : ''));
}

function disputeForm(submission, api) {
    const reason = h('textarea', {rows: 2, name: 'reason', maxlength: 2000, 'aria-label': t('submissions.disputeReason')});
    const message = messageArea();
    const form = h('div', {class: 'form dispute'}, reason, h('button', {type: 'button', 'data-action': 'dispute', on: {
        click: async (event) => {
            if (!reason.value.trim()) {
                message.fail(new Error(t('decide.reasonRequired')));
                reason.focus();
                return;
            }
            event.target.disabled = true;
            try {
                await api.post('/submissions/' + submission.id + '/dispute', {reason: reason.value.trim()});
                show(form, h('p', {class: 'ok', 'data-disputed': 'true'}, t('submissions.disputeFiled')));
            } catch (error) {
                message.fail(error);
                event.target.disabled = false;
            }
        }
    }}, t('submissions.dispute')), message.element);
    return form;
}
