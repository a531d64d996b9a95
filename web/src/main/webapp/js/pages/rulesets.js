// Retention rule tables for compliance officers (docs/compliance-guide.md): upload a table, read its
// cell-by-cell problems, dry-run a version, activate it (four eyes: not the uploader), follow the sweep.
import {h, show} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {empty, errorLine, loading, messageArea, table} from './common.js';

const TYPES = {csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'};

export default {
    id: 'rulesets', route: '/governance/rulesets', roles: ['compliance-officer'], title: 'page.rulesets', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.rulesets')), h('p', {class: 'muted'}, t('rulesets.intro')));
        const versions = await loading(container, () => api.get('/governance/rulesets'));
        const problems = h('div', {id: 'ruleset-errors'});
        const report = h('div', {id: 'dry-run-report'});
        const activation = h('div', {id: 'activation'});
        const list = h('div', {id: 'ruleset-versions'});
        const refresh = async (fresh) => show(list, versionTable(fresh ?? await api.get('/governance/rulesets'), api,
            report, activation, refresh));
        await refresh(versions);
        container.append(uploadForm(api, problems, refresh), problems,
            h('h2', {}, t('rulesets.versions')), list, activation, report);
    }
};

function uploadForm(api, problems, refresh) {
    const file = h('input', {type: 'file', id: 'ruleset-file', name: 'file', accept: '.xlsx,.csv', required: true});
    const message = messageArea();
    const button = h('button', {type: 'submit', id: 'ruleset-upload'}, t('rulesets.upload'));
    const form = h('form', {class: 'form', id: 'ruleset-upload-form'},
        h('label', {for: 'ruleset-file'}, t('rulesets.file')), file,
        h('small', {class: 'muted'}, t('rulesets.fileHint')), button, message.element);
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const chosen = file.files[0];
        if (!chosen) {
            return;
        }
        show(problems);
        message.clear();
        button.disabled = true;
        try {
            const extension = chosen.name.split('.').pop().toLowerCase();
            const stored = await api.upload('/governance/rulesets?fileName=' + encodeURIComponent(chosen.name),
                chosen, chosen.type || TYPES[extension]);
            message.ok(t('rulesets.uploaded', {version: stored.version, rows: stored.rows}));
            file.value = '';
            await refresh();
        } catch (error) {
            message.fail(error);
            if (error.problem?.errors?.length) {
                show(problems, problemTable(error.problem.errors));
            }
        } finally {
            button.disabled = false;
        }
    });
    return form;
}

/** The 422 answer of a table with mistakes, as a spreadsheet shows them: sheet, row, column. */
function problemTable(errors) {
    return table([t('rulesets.sheet'), t('rulesets.row'), t('rulesets.column'), t('rulesets.problem')],
        errors.map((e) => h('tr', {'data-row': e.row ?? '', 'data-column': e.column ?? ''},
            h('td', {}, e.sheet ?? ''), h('td', {}, e.row ?? ''),
            h('td', {}, [e.column, e.heading ? ' (' + e.heading + ')' : ''].filter((x) => x).join('')),
            h('td', {}, e.message ?? e.where ?? ''))), {class: 'problems'});
}

function versionTable(versions, api, report, activation, refresh) {
    if (!versions.length) {
        return empty('rulesets.none');
    }
    const sorted = [...versions].sort((a, b) => b.version - a.version);
    return table([t('rulesets.version'), t('rulesets.state'), t('rulesets.file'), t('rulesets.rows'),
        t('rulesets.uploadedBy'), t('rulesets.history'), ''], sorted.map((v) => h('tr',
        {'data-version': v.version, 'data-state': v.state},
        h('td', {}, 'v' + v.version),
        h('td', {}, h('span', {class: 'badge state-' + v.state}, t('rulesets.state.' + v.state))),
        h('td', {}, v.fileName, h('br'), h('small', {class: 'muted', title: v.sha256}, 'sha-256 ' + v.sha256.slice(0, 12) + '…')),
        h('td', {}, v.rows),
        h('td', {}, v.uploadedByName ?? v.uploadedBy, h('br'), h('small', {class: 'muted'}, formatTime(v.uploadedAt))),
        h('td', {}, history(v)),
        h('td', {}, actions(v, api, report, activation, refresh)))), {id: 'rulesets'});
}

function history(v) {
    return h('small', {}, [
        v.dryRunAt ? t('rulesets.dryRunAt', {time: formatTime(v.dryRunAt)}) : null,
        v.activatedAt ? t('rulesets.activatedAt', {time: formatTime(v.activatedAt)}) : null,
        v.retiredAt ? t('rulesets.retiredAt', {time: formatTime(v.retiredAt)}) : null
    ].filter((x) => x).join(' · '));
}

function actions(v, api, report, activation, refresh) {
    if (v.state !== 'valid') {
        return null;
    }
    const dryRun = h('button', {type: 'button', 'data-dry-run': v.version}, t('rulesets.dryRun'));
    const activate = h('button', {type: 'button', 'data-activate': v.version}, t('rulesets.activate'));
    dryRun.addEventListener('click', async () => {
        dryRun.disabled = true;
        show(report, h('p', {class: 'busy'}, h('progress'), ' ', t('rulesets.dryRunning')));
        try {
            const result = await api.post('/governance/rulesets/' + v.version + '/dry-run');
            const finished = result.state ? await followDryRun(api, result, report) : result;
            show(report, dryRunReport(finished));
            await refresh();
        } catch (error) {
            show(report, errorLine(error));
        } finally {
            dryRun.disabled = false;
        }
    });
    activate.addEventListener('click', async () => {
        activate.disabled = true;
        show(activation);
        try {
            const active = await api.post('/governance/rulesets/' + v.version + '/activate');
            show(activation, h('p', {class: 'ok', 'data-activated': active.version},
                t('rulesets.activated', {version: active.version})));
            await refresh();
            if (active.sweep) {
                followSweep(api, active.sweep, activation);
            }
        } catch (error) {
            const fourEyes = error.status === 403 && error.type === 'four-eyes-violation';
            show(activation, h('div', {class: 'refused', 'data-refused': error.type || error.status},
                fourEyes ? h('p', {class: 'error', role: 'alert'}, h('strong', {}, t('rulesets.fourEyes'))) : null,
                errorLine(error)));
        } finally {
            activate.disabled = false;
        }
    });
    return h('span', {class: 'buttons'}, dryRun, ' ', activate);
}

function dryRunReport(r) {
    const actionNames = Object.keys(r.actions ?? {});
    return h('section', {class: 'report', 'data-dry-run-version': r.version},
        h('h2', {}, t('rulesets.report', {version: r.version})),
        h('p', {}, t('rulesets.reportSummary', {records: r.records, changed: r.changed, comparedWith: r.comparedWith ?? '—'})),
        table([t('rulesets.action'), t('rulesets.records'), t('rulesets.dueAtOnce')], actionNames.map((name) => h('tr',
            {'data-action': name}, h('td', {}, name), h('td', {}, r.actions[name].records),
            h('td', {}, r.actions[name].dueAtOnce))), {id: 'dry-run-actions'}),
        h('p', {id: 'first-purge'}, r.firstPurgeAt
            ? t('rulesets.firstPurge', {time: formatTime(r.firstPurgeAt), task: r.firstPurgeTask ?? '—'})
            : t('rulesets.noPurge')),
        h('p', {}, t('rulesets.holds', {holds: r.legalHolds ?? 0, blocked: r.purgesBlockedByHold ?? 0})),
        r.rows ? table([t('rulesets.row'), t('rulesets.records')], Object.entries(r.rows).map(([row, n]) =>
            h('tr', {}, h('td', {}, row), h('td', {}, n)))) : null,
        examples(r, actionNames));
}

function examples(r, actionNames) {
    const all = actionNames.flatMap((name) => (r.actions[name].examples ?? []).map((e) => ({...e, action: name})));
    if (!all.length) {
        return null;
    }
    return h('div', {}, h('h3', {}, t('rulesets.examples')),
        table([t('rulesets.action'), t('rulesets.task'), t('rulesets.now'), t('rulesets.proposed'), t('rulesets.because')],
            all.map((e) => h('tr', {}, h('td', {}, e.action), h('td', {}, e.taskId), h('td', {}, e.now),
                h('td', {}, e.proposed), h('td', {}, e.because)))));
}

/** Polls the re-planning sweep once a second and shows it as a progress bar until it stops running. */
/** A background dry run (many tasks): shows its progress until it finished, then answers its report. */
async function followDryRun(api, job, area) {
    const bar = h('progress', {id: 'dry-run-progress', max: Math.max(job.total, 1), value: job.processed});
    const line = h('span', {});
    show(area, h('p', {class: 'busy', 'data-dry-run-job': job.id}, t('rulesets.dryRunBackground', {id: job.id}),
        ' ', bar, ' ', line));
    let current = job;
    while (current.state === 'running') {
        bar.max = Math.max(current.total, 1);
        bar.value = current.processed;
        show(line, t('rulesets.dryRunProgress', {processed: current.processed, total: current.total}));
        await new Promise((resolve) => setTimeout(resolve, 2000));
        current = await api.get('/governance/dry-runs/' + job.id);
    }
    return current.report;
}

function followSweep(api, sweep, area) {
    const bar = h('progress', {id: 'sweep-progress', max: Math.max(sweep.total, 1), value: sweep.processed});
    const line = h('span', {});
    const box = h('p', {class: 'sweep', 'data-sweep': sweep.id}, t('rulesets.sweep', {id: sweep.id}), ' ', bar, ' ', line);
    area.append(box);
    const update = (s) => {
        bar.max = Math.max(s.total, 1);
        bar.value = s.processed;
        box.setAttribute('data-sweep-state', s.state);
        show(line, t('rulesets.sweepProgress', {processed: s.processed, total: s.total, changed: s.changed,
            state: s.state}));
    };
    update(sweep);
    const poll = async () => {
        if (!box.isConnected) {
            return;
        }
        try {
            const s = await api.get('/governance/sweeps/' + sweep.id);
            update(s);
            if (s.state === 'running') {
                setTimeout(poll, 1000);
            }
        } catch (error) {
            show(line, errorLine(error));
        }
    };
    if (sweep.state === 'running') {
        setTimeout(poll, 1000);
    }
}
