// The retention audit log (GET /api/governance/audit), newest first, paged, filtered by task or kind.
import {h, show} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {empty, errorLine, table} from './common.js';

const SIZE = 25;
const KINDS = ['ruleset_uploaded', 'ruleset_dry_run', 'ruleset_activated', 'ruleset_retired', 'sweep_started',
    'sweep_finished', 'sweep_superseded', 'planned', 'archived', 'pseudonymised', 'purged'];

export default {
    id: 'audit', route: '/governance/audit', roles: ['compliance-officer'], title: 'page.audit', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.audit')), h('p', {class: 'muted'}, t('audit.intro')));
        const taskId = h('input', {id: 'audit-task', placeholder: t('audit.taskId')});
        const kind = h('select', {id: 'audit-kind'}, h('option', {value: ''}, t('audit.anyKind')),
            KINDS.map((k) => h('option', {value: k}, k)));
        const result = h('div', {id: 'audit-result'});
        let page = 0;

        async function load() {
            const query = new URLSearchParams({page: String(page), size: String(SIZE)});
            if (taskId.value.trim()) {
                query.set('taskId', taskId.value.trim());
            }
            if (kind.value) {
                query.set('kind', kind.value);
            }
            show(result, h('p', {class: 'busy'}, h('progress'), ' ', t('app.loading')));
            try {
                const answer = await api.get('/governance/audit?' + query);
                const pages = Math.max(1, Math.ceil(answer.total / answer.size));
                show(result,
                    answer.entries.length ? table([t('audit.when'), t('audit.kind'), t('audit.detail'), t('audit.task'),
                        t('audit.rule'), t('audit.actor')], answer.entries.map((e) => h('tr',
                        {'data-kind': e.kind, 'data-audit-id': e.id},
                        h('td', {}, formatTime(e.occurredAt)), h('td', {}, e.kind), h('td', {}, e.detail),
                        h('td', {}, short(e.taskId)),
                        h('td', {}, [e.rulesetVersion !== undefined ? 'v' + e.rulesetVersion : '', e.row ?? '']
                            .filter((x) => x).join(' ')),
                        h('td', {}, e.actor ? short(e.actor) : t('audit.automatic')))), {id: 'audit-entries'})
                        : empty('audit.none'),
                    h('p', {class: 'pager'},
                        h('button', {type: 'button', id: 'audit-prev', disabled: page === 0,
                            on: {click: () => { page -= 1; load(); }}}, t('audit.previous')), ' ',
                        h('span', {id: 'audit-page'}, t('audit.page', {page: answer.page + 1, pages, total: answer.total})), ' ',
                        h('button', {type: 'button', id: 'audit-next', disabled: page + 1 >= pages,
                            on: {click: () => { page += 1; load(); }}}, t('audit.next'))));
            } catch (error) {
                show(result, errorLine(error));
            }
        }

        const form = h('form', {class: 'form inline'}, h('label', {for: 'audit-task'}, t('audit.taskId')), taskId,
            h('label', {for: 'audit-kind'}, t('audit.kind')), kind, h('button', {type: 'submit'}, t('audit.filter')));
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            page = 0;
            load();
        });
        container.append(form, result);
        await load();
    }
};

/** A long id (a task's UUID) as its first characters; the whole id is in the tooltip. */
function short(id) {
    if (!id) {
        return '';
    }
    return id.length > 12 ? h('span', {title: id, 'data-id': id}, id.slice(0, 8) + '…') : id;
}
