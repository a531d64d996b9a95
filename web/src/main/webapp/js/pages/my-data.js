// My data (docs/governance.md): my consents per purpose with their history, an export of everything the
// platform holds about me (a JSON file built in the browser from a Blob: the token never goes in a URL), and
// erasure behind a confirmation (typing my user name), followed by logging out.
import {h, show} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {empty, loading, messageArea, table} from './common.js';

export default {
    id: 'my-data', route: '/my-data', roles: 'any', title: 'page.myData', nav: true,
    async render(container, {api, auth}) {
        container.append(h('h1', {}, t('page.myData')));
        const consents = await loading(container, () => api.get('/me/consents'));
        const consentArea = h('div', {id: 'consents'});
        const message = messageArea();
        const draw = (state) => show(consentArea, consentTable(state, api, message, draw), message.element,
            h('h3', {}, t('myData.history')), historyTable(state.history));
        draw(consents);
        container.append(h('h2', {}, t('myData.consents')), h('p', {class: 'muted'}, t('myData.consentsIntro')),
            consentArea, exportSection(api), erasureSection(api, auth));
    }
};

function consentTable(state, api, message, draw) {
    return table([t('myData.purpose'), t('myData.state'), ''], state.consents.map((c) => {
        const button = h('button', {type: 'button', 'data-consent-toggle': c.purpose},
            c.granted ? t('myData.withdraw') : t('myData.grant'));
        button.addEventListener('click', async () => {
            button.disabled = true;
            try {
                const changed = await api.put('/me/consents/' + encodeURIComponent(c.purpose), {granted: !c.granted});
                draw(changed);
                message.ok(t(c.granted ? 'myData.withdrawn' : 'myData.granted', {purpose: t('purpose.' + c.purpose)}));
            } catch (error) {
                button.disabled = false;
                message.fail(error);
            }
        });
        return h('tr', {'data-purpose': c.purpose, 'data-granted': String(c.granted)},
            h('td', {}, h('strong', {}, t('purpose.' + c.purpose)), h('br'),
                h('small', {class: 'muted'}, t('purpose.' + c.purpose + '.about'))),
            h('td', {}, h('span', {class: c.granted ? 'ok' : 'error'}, c.granted ? t('myData.on') : t('myData.off'))),
            h('td', {}, button));
    }), {id: 'consent-state'});
}

function historyTable(history) {
    if (!history.length) {
        return empty('myData.noHistory');
    }
    return table([t('myData.when'), t('myData.purpose'), t('myData.change'), t('myData.source')],
        [...history].reverse().map((c) => h('tr', {'data-purpose': c.purpose, 'data-granted': String(c.granted)},
            h('td', {}, formatTime(c.at)), h('td', {}, t('purpose.' + c.purpose)),
            h('td', {}, c.granted ? t('myData.grantedWord') : t('myData.withdrawnWord')), h('td', {}, c.source ?? ''))),
        {id: 'consent-history'});
}

function exportSection(api) {
    const message = messageArea();
    const button = h('button', {type: 'button', id: 'export-data'}, t('myData.export'));
    const section = h('section', {id: 'export'}, h('h2', {}, t('myData.exportTitle')),
        h('p', {class: 'muted'}, t('myData.exportIntro')), button, message.element);
    const progress = h('p', {class: 'busy', role: 'status', id: 'export-progress', hidden: true});
    section.append(progress);
    button.addEventListener('click', async () => {
        button.disabled = true;
        message.clear();
        // the server gathers the export inside the request (no measure of how far it got): the page counts the
        // seconds until it answers, then the bytes as they arrive (of the total when the server sends a length)
        const started = Date.now();
        let phase = {phase: 'waiting'};
        const draw = () => {
            const seconds = Math.round((Date.now() - started) / 1000);
            progress.hidden = false;
            progress.setAttribute('data-phase', phase.phase);
            show(progress, phase.phase === 'waiting'
                ? [h('progress'), ' ', t('myData.exportPreparing', {seconds})]
                : phase.total ? [h('progress', {max: phase.total, value: phase.received}), ' ',
                    t('myData.exportReceivingOf', {received: kilobytes(phase.received), total: kilobytes(phase.total)})]
                    : [h('progress'), ' ', t('myData.exportReceiving', {received: kilobytes(phase.received)})]);
        };
        const timer = setInterval(draw, 250);
        try {
            const data = await api.getWithProgress('/me/export', (p) => {
                phase = p;
                draw();
            });
            const text = JSON.stringify(data, null, 2);
            const blob = new Blob([text], {type: 'application/json'});
            const link = document.createElement('a');
            link.href = URL.createObjectURL(blob);
            link.download = 'crowdflow-my-data-' + new Date().toISOString().slice(0, 10) + '.json';
            document.body.append(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(link.href), 60000);
            section.setAttribute('data-exported', String(blob.size));
            message.ok(t('myData.exported', {size: blob.size.toLocaleString(), name: link.download}));
        } catch (error) {
            message.fail(error);
        } finally {
            clearInterval(timer);
            progress.hidden = true;
            button.disabled = false;
        }
    });
    return section;
}

function kilobytes(bytes) {
    return (bytes / 1024).toLocaleString(undefined, {maximumFractionDigits: 1}) + ' kB';
}

function erasureSection(api, auth) {
    const message = messageArea();
    const name = auth.username();
    const confirm = h('input', {id: 'erase-confirm', name: 'confirm', placeholder: name});
    const button = h('button', {type: 'submit', id: 'erase-submit', class: 'danger', disabled: true}, t('myData.erase'));
    confirm.addEventListener('input', () => {
        button.disabled = confirm.value !== name;
    });
    const form = h('form', {class: 'form danger-zone', id: 'erasure'}, h('h2', {}, t('myData.erasureTitle')),
        h('p', {}, h('strong', {}, t('myData.erasureWarning'))), h('p', {class: 'muted'}, t('myData.erasureIntro')),
        h('label', {for: 'erase-confirm'}, t('myData.erasureConfirm', {name})), confirm, button, message.element);
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (confirm.value !== name) {
            return;
        }
        button.disabled = true;
        try {
            const erased = await api.post('/me/erasure');
            form.setAttribute('data-erased', 'true');
            message.ok(t('myData.erased', {time: formatTime(erased.erasedAt)}));
            setTimeout(() => auth.logout(), 2500);
        } catch (error) {
            button.disabled = false;
            message.fail(error);
        }
    });
    return form;
}
