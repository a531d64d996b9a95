// A requester posts a task. While they type, the server validates the draft and prices it
// (POST /api/tasks/quote: the same rules as posting, nothing created): field errors appear beside
// the fields and the cost (reward x redundancy + fee) beside the balance.
import {h, show} from '../dom.js';
import {t} from '../i18n.js';
import {ApiError} from '../api.js';
import {units} from '../money.js';
import {errorLine, messageArea} from './common.js';

const AGGREGATIONS = ['', 'majority-vote', 'weighted-vote', 'dawid-skene'];
const TYPES = ['labeling', 'content-moderation', 'translation', 'survey', 'transcription', 'data-collection', 'other'];
const UNITS = {M: 'PT{n}M', H: 'PT{n}H', D: 'P{n}D'};

export default {
    id: 'post-task', route: '/tasks/new', roles: ['requester'], title: 'page.postTask', nav: true,
    async render(container, {api, navigate}) {
        // each control is named after the API field it fills, so the server's errors find their place
        const field = (name, control, hint) => {
            const error = h('span', {class: 'field-error', 'data-error-for': name, role: 'alert'});
            errors[name] = error;
            return h('div', {class: 'field'}, h('label', {for: control.id ?? ''}, t('post.' + name)), control,
                hint ? h('small', {class: 'muted'}, hint) : null, error);
        };
        const errors = {};
        const title = h('input', {id: 'f-title', name: 'title', maxlength: 200, required: true});
        const instructions = h('textarea', {id: 'f-instructions', name: 'instructions', rows: 3, maxlength: 4000});
        const type = h('select', {id: 'f-type', name: 'type'}, TYPES.map((v) => h('option', {value: v}, t('type.' + v))));
        const amount = h('input', {id: 'f-amount', name: 'reward.amount', value: '0.50', placeholder: '0.50'});
        const currency = h('input', {id: 'f-currency', name: 'reward.currency', value: 'USD', maxlength: 3});
        const redundancy = h('input', {id: 'f-redundancy', name: 'redundancy', type: 'number', min: 1, max: 10, value: 1});
        const deadlineCount = h('input', {id: 'f-deadline', name: 'deadline', type: 'number', min: 1, value: 1});
        const deadlineUnit = h('select', {id: 'f-deadline-unit', name: 'deadline'},
            Object.keys(UNITS).map((u) => h('option', {value: u, selected: u === 'H'}, t('post.unit.' + u))));
        const skills = h('input', {id: 'f-skills', name: 'skills', placeholder: 'image, text'});
        const region = h('input', {id: 'f-region', name: 'region', placeholder: 'EU', maxlength: 20});
        const input = h('textarea', {id: 'f-input', name: 'input', rows: 4, placeholder: '{"items": ["a.png"]}'});
        // how the answers are reviewed (docs/review.md): empty fields leave the platform's defaults
        const aggregation = h('select', {id: 'f-aggregation', name: 'aggregation'},
            AGGREGATIONS.map((v) => h('option', {value: v}, t('post.aggregation.' + (v || 'default')))));
        const target = h('input', {id: 'f-target', name: 'targetConfidence', type: 'number', min: 0.01, max: 1,
            step: 0.01, placeholder: '0.66'});
        const maxAssignments = h('input', {id: 'f-max-assignments', name: 'maxAssignments', type: 'number', min: 1,
            max: 10});

        const quote = h('div', {class: 'quote', id: 'quote', 'aria-live': 'polite'});
        const submit = h('button', {type: 'submit', id: 'post-submit'}, t('post.submit'));
        const message = messageArea();
        const form = h('form', {id: 'post-form', class: 'form', novalidate: true},
            field('title', title),
            field('instructions', instructions),
            field('type', type),
            h('div', {class: 'row'}, field('reward.amount', amount), field('reward.currency', currency),
                field('redundancy', redundancy, t('post.redundancyHint'))),
            field('deadline', h('span', {class: 'inline', id: 'f-deadline-group'}, deadlineCount, deadlineUnit),
                t('post.deadlineHint')),
            field('skills', skills, t('post.skillsHint')),
            field('region', region, t('post.regionHint')),
            field('input', input, t('post.inputHint')),
            h('fieldset', {id: 'f-review'}, h('legend', {}, t('post.review')),
                field('aggregation', aggregation, t('post.aggregationHint')),
                h('div', {class: 'row'}, field('targetConfidence', target, t('post.targetConfidenceHint')),
                    field('maxAssignments', maxAssignments, t('post.maxAssignmentsHint')))),
            quote, submit, message.element);
        container.append(h('h1', {}, t('page.postTask')), form);

        let balances = [];
        api.get('/me/account').then((account) => {
            balances = account.balances.filter((b) => b.kind === 'requester');
            refresh();
        }).catch(() => {});
        let idempotencyKey = crypto.randomUUID();

        function draft() {
            const body = {
                title: title.value, type: type.value,
                reward: {amount: amount.value.trim(), currency: currency.value.trim()},
                redundancy: Number.parseInt(redundancy.value, 10),
                deadline: UNITS[deadlineUnit.value].replace('{n}', String(deadlineCount.value).trim()),
                skills: skills.value.split(',').map((s) => s.trim()).filter((s) => s)
            };
            if (instructions.value.trim()) {
                body.instructions = instructions.value;
            }
            if (region.value.trim()) {
                body.region = region.value.trim();
            }
            if (input.value.trim()) {
                try {
                    body.input = JSON.parse(input.value);
                } catch (notJson) {
                    return {body, localErrors: {input: t('post.inputNotJson')}};
                }
            }
            if (Number.isNaN(body.redundancy)) {
                body.redundancy = null;
            }
            if (aggregation.value) {
                body.aggregation = aggregation.value;
            }
            const localErrors = {};
            for (const [name, control, parse] of [['targetConfidence', target, Number.parseFloat],
                ['maxAssignments', maxAssignments, (v) => Number.parseInt(v, 10)]]) {
                if (control.value.trim()) {
                    body[name] = parse(control.value);
                    if (Number.isNaN(body[name])) {
                        localErrors[name] = t('post.notANumber');
                    }
                }
            }
            return {body, localErrors};
        }

        // errors show for the fields one has changed, and for all of them once one tries to post
        const touched = new Set();
        let tried = false;
        function showErrors(fieldErrors) {
            for (const [name, element] of Object.entries(errors)) {
                const text = !tried && !touched.has(name) ? '' : Object.entries(fieldErrors)
                    .filter(([f]) => f === name || f.startsWith(name + '['))
                    .map(([, m]) => m).join('; ');
                show(element, text);
                element.closest('.field').classList.toggle('invalid', Boolean(text));
            }
        }

        let sequence = 0;
        async function refresh() {
            const mine = ++sequence;
            const {body, localErrors} = draft();
            try {
                const priced = await api.post('/tasks/quote', body);
                if (mine !== sequence) {
                    return;
                }
                showErrors(localErrors);
                showQuote(priced);
            } catch (error) {
                if (mine !== sequence) {
                    return;
                }
                showErrors({...(error instanceof ApiError ? error.fieldErrors : {}), ...localErrors});
                show(quote, h('span', {class: 'muted'}, t('post.quoteAfterErrors')));
            }
        }

        function showQuote(priced) {
            const balance = balances.find((b) => b.currency === priced.total.currency);
            const enough = balance && units(balance.amount) >= units(priced.total.amount);
            show(quote,
                h('table', {class: 'cost'}, h('tbody', {},
                    h('tr', {}, h('th', {}, t('post.rewards', {amount: priced.reward.amount, n: priced.slots})),
                        h('td', {'data-cost': 'rewards'}, priced.rewards.amount + ' ' + priced.rewards.currency)),
                    h('tr', {}, h('th', {}, t('post.fee', {percent: priced.feePercent})),
                        h('td', {'data-cost': 'fee'}, priced.fee.amount + ' ' + priced.fee.currency)),
                    h('tr', {class: 'total'}, h('th', {}, t('post.total')),
                        h('td', {'data-cost': 'total'}, priced.total.amount + ' ' + priced.total.currency)),
                    h('tr', {}, h('th', {}, t('post.balance')),
                        h('td', {'data-cost': 'balance'}, balance ? balance.amount + ' ' + balance.currency : '—')))),
                enough ? null : h('p', {class: 'warning'}, t('post.notEnough')));
        }

        let timer = null;
        form.addEventListener('input', (event) => {
            touched.add(event.target.name);
            clearTimeout(timer);
            timer = setTimeout(refresh, 300);
        });
        form.addEventListener('submit', async (event) => {
            event.preventDefault();
            tried = true;
            const {body, localErrors} = draft();
            if (Object.keys(localErrors).length) {
                showErrors(localErrors);
                return;
            }
            submit.disabled = true;
            message.ok(t('post.posting'));
            try {
                const task = await api.post('/tasks', body, {'Idempotency-Key': idempotencyKey});
                idempotencyKey = crypto.randomUUID();
                navigate('/tasks/' + encodeURIComponent(task.id));
            } catch (error) {
                if (error instanceof ApiError && error.type === 'invalid-request') {
                    showErrors(error.fieldErrors);
                }
                message.fail(error);
            } finally {
                submit.disabled = false;
            }
        });
        refresh();
    }
};
