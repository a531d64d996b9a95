// The accept / reject form of the review queue and the dispute queue: a decision always carries a reason.
import {h, show} from '../dom.js';
import {t} from '../i18n.js';
import {messageArea} from './common.js';

export function decisionForm({accept, reject, reasonRequiredFor, send, done}) {
    const reason = h('textarea', {rows: 2, name: 'reason', maxlength: 2000, 'aria-label': t('decide.reason')});
    const message = messageArea();
    const button = (decision, label) => h('button', {type: 'button', 'data-decision': decision, on: {
        click: async () => {
            if (reasonRequiredFor.includes(decision) && !reason.value.trim()) {
                message.fail(new Error(t('decide.reasonRequired')));
                reason.focus();
                return;
            }
            form.querySelectorAll('button').forEach((b) => (b.disabled = true));
            try {
                const result = await send(decision, reason.value.trim() || undefined);
                show(form, h('p', {class: 'ok', 'data-decided': decision}, done(decision, result)));
            } catch (error) {
                message.fail(error);
                form.querySelectorAll('button').forEach((b) => (b.disabled = false));
            }
        }
    }}, label);
    const form = h('div', {class: 'form decide'}, h('label', {}, t('decide.reason')), reason,
        h('div', {class: 'buttons'}, button('accept', accept), button('reject', reject)), message.element);
    return form;
}
