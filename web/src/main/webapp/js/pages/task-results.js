// A task's results for its requester (GET /api/tasks/{id}/results, docs/review.md): the aggregated answer that
// automatic review stored when it reviewed the task (method, label, confidence against the target, how many
// answers agree, the evidence in the server's words) and every answer with its decision, who decided and why.
// Workers appear only as pseudonyms (p-…). Answers are workers' free text: they go in as text nodes, like all else.
import {h, jsonBlock} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {definitionList, empty, loading, statusBadge, table} from './common.js';

export default {
    id: 'task-results', route: '/tasks/:id/results', roles: ['requester', 'admin'], title: 'page.taskResults',
    nav: false,
    async render(container, {api, params}) {
        const results = await loading(container, () => api.get('/tasks/' + encodeURIComponent(params.id) + '/results'));
        container.append(
            h('h1', {}, t('page.taskResults')),
            h('p', {}, h('a', {href: '#/tasks/' + encodeURIComponent(results.taskId), class: 'task-title'}, results.title),
                ' ', statusBadge(results.status)),
            h('h2', {}, t('results.aggregated')),
            aggregatedSection(results.aggregated),
            h('h2', {}, t('results.answers')),
            results.submissions.length ? answersTable(results.submissions) : empty('results.noAnswers'),
            h('p', {class: 'muted'}, t('results.pseudonyms')));
    }
};

function aggregatedSection(aggregated) {
    if (!aggregated) {
        return h('p', {class: 'muted', id: 'aggregated', 'data-aggregated': 'none'}, t('results.notYet'));
    }
    const hasLabel = aggregated.label !== undefined && aggregated.label !== null;
    const confidence = aggregated.confidence ?? null;
    return h('section', {id: 'aggregated', 'data-aggregated': hasLabel ? 'label' : 'nothing',
        'data-confident': String(aggregated.confident)},
        definitionList([
            [t('results.answer'), hasLabel ? h('strong', {class: 'aggregated-label', id: 'aggregated-label'}, aggregated.label)
                : h('span', {class: 'muted'}, aggregated.answers ? t('results.labelRemoved') : t('results.nothing'))],
            [t('results.confidence'), confidence === null ? '—' : h('span', {},
                h('meter', {id: 'aggregated-meter', min: 0, max: 1, value: confidence, title: percent(confidence)}), ' ',
                h('span', {id: 'aggregated-confidence', 'data-confidence': String(confidence)}, percent(confidence)),
                ' ', h('span', {class: 'muted'}, t('results.target', {target: percent(aggregated.targetConfidence)})))],
            [t('results.agreement'), t('results.agreeing', {n: aggregated.agreeing, of: aggregated.answers})
                + (aggregated.tied ? ' · ' + t('results.tied') : '')],
            [t('results.method'), h('code', {id: 'aggregated-method'}, aggregated.method)],
            [t('results.outcome'), h('span', {class: aggregated.confident ? 'ok' : 'warning', id: 'aggregated-outcome'},
                aggregated.confident ? t('results.confident') : t('results.notConfident'))],
            [t('results.evidence'), h('span', {class: 'reason', id: 'aggregated-evidence'}, aggregated.evidence)],
            [t('results.when'), formatTime(aggregated.aggregatedAt)]]));
}

function answersTable(submissions) {
    return table([t('results.worker'), t('results.answer'), t('submissions.decision'), t('submissions.reason'),
        t('results.dispute')], submissions.map((s) => {
        const decidedBy = s.decidedBy ? ' (' + t('submissions.by.' + s.decidedBy) + ')' : '';
        const hasAnswer = s.answer !== null && s.answer !== undefined;
        return h('tr', {'data-submission-id': s.id, 'data-decision': s.decision},
            h('td', {}, h('code', {class: 'worker'}, s.worker)),
            h('td', {class: 'answer'}, s.label !== undefined && s.label !== null ? h('span', {class: 'label'}, s.label)
                : hasAnswer ? jsonBlock(s.answer) : h('span', {class: 'muted'}, t('results.answerRemoved'))),
            h('td', {class: 'decision'}, t('submissions.' + s.decision) + decidedBy),
            h('td', {class: 'reason'}, s.reason ?? ''),
            h('td', {class: 'dispute'}, s.dispute ? t('results.dispute.' + s.dispute) : ''));
    }), {id: 'results-answers', class: 'results'});
}

function percent(value) {
    return (value * 100).toFixed(1) + ' %';
}
